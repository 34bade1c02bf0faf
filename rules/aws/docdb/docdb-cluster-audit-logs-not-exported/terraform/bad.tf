resource "aws_docdb_cluster" "app" { # expect: AWS-DOCDB-002
  cluster_identifier          = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_cluster" "profiler" {
  cluster_identifier              = "profiler"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["profiler"] # expect: AWS-DOCDB-002
}
