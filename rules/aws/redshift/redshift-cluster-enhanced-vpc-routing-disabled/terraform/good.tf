variable "enhanced" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  enhanced_vpc_routing   = true
}

# A variable without a value: unknown, so skipped.
resource "aws_redshift_cluster" "configurable" {
  cluster_identifier     = "configurable"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  enhanced_vpc_routing   = var.enhanced
}
