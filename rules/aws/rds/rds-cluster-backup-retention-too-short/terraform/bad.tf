resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 2 # expect: AWS-RDS-015
}

resource "aws_rds_cluster" "defaults" { # expect: AWS-RDS-015
  cluster_identifier          = "defaults"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}
