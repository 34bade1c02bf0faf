resource "aws_docdb_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Restored from a snapshot: the snapshot decides.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "app-final"
}

variable "encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}
