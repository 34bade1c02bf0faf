resource "aws_rds_cluster" "aurora" {
  cluster_identifier                  = "aurora"
  engine                              = "aurora-postgresql"
  master_username                     = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}

# Aurora Serverless v1 does not support IAM database authentication.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier          = "serverless"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}

# The engine comes from a variable nobody set: unknown, so skipped.
variable "engine" {
  type = string
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = var.engine
  master_username             = "app"
  manage_master_user_password = true
}
