resource "aws_redshift_cluster" "analytics" { # expect: AWS-REDSHIFT-006
  cluster_identifier          = "analytics"
  node_type                   = "ra3.xlplus"
  master_username             = "admin"
  manage_master_password      = true
  encrypted                   = true
}
