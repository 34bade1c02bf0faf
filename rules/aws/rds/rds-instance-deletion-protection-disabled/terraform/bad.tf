resource "aws_db_instance" "app" { # expect: AWS-RDS-004
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "ledger"
  manage_master_user_password = true
  deletion_protection         = false # expect: AWS-RDS-004
}
