resource "aws_docdb_cluster_parameter_group" "plain" {
  name   = "plain"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled" # expect: AWS-DOCDB-005
  }
}

resource "aws_docdb_cluster" "app" {
  cluster_identifier              = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.plain.name
}
