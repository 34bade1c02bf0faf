resource "aws_redshift_parameter_group" "tls" {
  name   = "analytics-tls"
  family = "redshift-2.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "analytics"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
}

# A group managed elsewhere: not known here, so skipped.
resource "aws_redshift_cluster" "shared" {
  cluster_identifier           = "shared"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  cluster_parameter_group_name = "platform-tls"
}

# No group written: a new cluster gets default.redshift-2.0, which requires TLS.
resource "aws_redshift_cluster" "plain" {
  cluster_identifier     = "plain"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "named_default" {
  cluster_identifier           = "named-default"
  node_type                    = "ra3.xlplus"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-2.0"
}
