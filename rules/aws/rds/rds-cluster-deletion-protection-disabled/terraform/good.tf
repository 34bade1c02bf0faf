resource "aws_rds_cluster" "aurora" {
  cluster_identifier          = "aurora"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection         = true
}

# Protection comes from a variable nobody set: unknown, so skipped.
variable "protect" {
  type = bool
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  deletion_protection         = var.protect
}
