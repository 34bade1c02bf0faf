resource "aws_rds_cluster" "managed" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  manage_master_user_password = true
}

resource "random_password" "db" {
  length = 32
}

resource "aws_rds_cluster" "generated" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  master_password = random_password.db.result
}

# Given at plan time: a variable without a default, unknown here, so skipped.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_rds_cluster" "supplied" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  master_password = var.db_password
}
