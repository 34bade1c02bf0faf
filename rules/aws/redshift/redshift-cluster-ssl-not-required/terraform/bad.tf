resource "aws_redshift_parameter_group" "quiet" { # expect: AWS-REDSHIFT-007
  name   = "quiet"
  family = "redshift-2.0"

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "quiet" {
  cluster_identifier           = "quiet"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  cluster_parameter_group_name = aws_redshift_parameter_group.quiet.name
}

resource "aws_redshift_parameter_group" "off" {
  name   = "off"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "false" # expect: AWS-REDSHIFT-007
  }
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier           = "off"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  cluster_parameter_group_name = "off"
}

resource "aws_redshift_cluster" "default" {
  cluster_identifier           = "default"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  cluster_parameter_group_name = "default.redshift-1.0" # expect: AWS-REDSHIFT-007
}
