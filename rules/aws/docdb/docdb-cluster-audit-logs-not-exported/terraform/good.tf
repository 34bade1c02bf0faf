resource "aws_docdb_cluster" "app" {
  cluster_identifier              = "app"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

variable "exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier              = "configurable"
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  enabled_cloudwatch_logs_exports = var.exports
}
