resource "aws_docdb_cluster_parameter_group" "tls" {
  name   = "tls"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}

resource "aws_docdb_cluster" "app" {
  cluster_identifier              = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls.name
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  name   = "audit"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "audited" {
  cluster_identifier              = "audited"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_cluster_parameter_group_name = "audit"
}

# The default parameter group requires TLS.
resource "aws_docdb_cluster" "defaults" {
  cluster_identifier          = "defaults"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A group managed elsewhere: not known here, so skipped.
resource "aws_docdb_cluster" "shared" {
  cluster_identifier              = "shared"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_cluster_parameter_group_name = "platform-docdb"
}
