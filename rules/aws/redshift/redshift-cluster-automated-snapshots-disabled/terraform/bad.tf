resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  node_type                           = "ra3.xlplus"
  master_username                     = "admin"
  manage_master_password              = true
  automated_snapshot_retention_period = 0 # expect: AWS-REDSHIFT-005
}
