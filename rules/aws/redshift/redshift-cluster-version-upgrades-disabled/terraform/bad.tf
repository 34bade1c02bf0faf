resource "aws_redshift_cluster" "analytics" {
  cluster_identifier     = "analytics"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  allow_version_upgrade  = false # expect: AWS-REDSHIFT-008
}
