resource "aws_docdb_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true
}

variable "protect" {
  type = bool
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = var.protect
}
