resource "aws_redshift_cluster" "warehouse" { # expect: AWS-REDSHIFT-003
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}
