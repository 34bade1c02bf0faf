resource "aws_docdb_cluster" "app" { # expect: AWS-DOCDB-003
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_cluster" "explicit" {
  cluster_identifier          = "explicit"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = false # expect: AWS-DOCDB-003
}
