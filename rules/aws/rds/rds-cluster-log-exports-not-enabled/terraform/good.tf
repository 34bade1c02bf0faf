resource "aws_rds_cluster" "aurora" {
  cluster_identifier              = "aurora"
  engine                          = "aurora-postgresql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

# The log types come from a variable nobody set: unknown, so skipped.
variable "log_types" {
  type = list(string)
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier              = "configurable"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_types
}
