resource "aws_rds_cluster" "aurora" { # expect: AWS-RDS-011
  cluster_identifier          = "aurora"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "shop" {
  cluster_identifier              = "shop"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = [] # expect: AWS-RDS-011
}
