resource "aws_db_instance" "app" { # expect: AWS-RDS-005
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "shop" {
  identifier                          = "shop"
  engine                              = "mariadb"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "shop"
  manage_master_user_password         = true
  iam_database_authentication_enabled = false # expect: AWS-RDS-005
}
