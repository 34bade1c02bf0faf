resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true # expect: AWS-RDS-002
}

locals {
  expose = { dev = true, prod = false }
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier  = "analytics"
  engine              = "aurora-mysql"
  instance_class      = "db.r6g.large"
  publicly_accessible = local.expose["dev"] # expect: AWS-RDS-002
}
