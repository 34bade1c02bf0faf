resource "aws_docdb_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
}

variable "retention" {
  type = number
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.retention
}
