variable "public" {
  type = bool
}

# Not written: private (Redshift and provider v6 default).
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

# A variable without a value: unknown, so skipped.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  publicly_accessible    = var.public
}
