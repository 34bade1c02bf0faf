variable "retention" {
  type = number
}

# Not written: 1 day.
resource "aws_redshift_cluster" "default" {
  cluster_identifier     = "default"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

# A variable without a value: unknown, so skipped.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier                  = "configurable"
  node_type                           = "ra3.xlplus"
  master_username                     = "admin"
  manage_master_password              = true
  automated_snapshot_retention_period = var.retention
}
