resource "aws_db_instance" "app" { # expect: AWS-RDS-001
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

variable "encrypt" {
  default = false
}

resource "aws_db_instance" "reports" {
  identifier                  = "reports"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "reports"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt # expect: AWS-RDS-001
}
