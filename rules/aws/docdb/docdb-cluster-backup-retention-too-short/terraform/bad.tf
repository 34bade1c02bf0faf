resource "aws_docdb_cluster" "app" { # expect: AWS-DOCDB-004
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_cluster" "short" {
  cluster_identifier          = "short"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 3 # expect: AWS-DOCDB-004
}
