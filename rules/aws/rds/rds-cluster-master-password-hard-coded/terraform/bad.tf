resource "aws_rds_cluster" "app" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  master_password = "Sup3rSecret!" # expect: AWS-RDS-013
}

variable "db_password" {
  default   = "changeme-please"
  sensitive = true
}

resource "aws_rds_cluster" "reports" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  master_password = var.db_password # expect: AWS-RDS-013
}
