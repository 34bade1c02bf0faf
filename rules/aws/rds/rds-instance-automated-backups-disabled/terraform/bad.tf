resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 0 # expect: AWS-RDS-003
}

variable "retention" {
  default = 0
}

resource "aws_db_instance" "scratch" {
  identifier                  = "scratch"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "scratch"
  manage_master_user_password = true
  backup_retention_period     = var.retention # expect: AWS-RDS-003
}
