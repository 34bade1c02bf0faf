resource "aws_rds_cluster" "aurora" { # expect: AWS-RDS-010
  cluster_identifier          = "aurora"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "shop" {
  cluster_identifier                  = "shop"
  engine                              = "aurora-mysql"
  master_username                     = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = false # expect: AWS-RDS-010
}
