resource "aws_redshift_cluster" "default" { # expect: AWS-REDSHIFT-004
  cluster_identifier     = "default"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier     = "off"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  enhanced_vpc_routing   = false # expect: AWS-REDSHIFT-004
}
