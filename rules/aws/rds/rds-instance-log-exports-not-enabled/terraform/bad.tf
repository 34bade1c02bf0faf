resource "aws_db_instance" "app" { # expect: AWS-RDS-007
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

variable "log_types" {
  default = []
}

resource "aws_db_instance" "shop" {
  identifier                      = "shop"
  engine                          = "mysql"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "shop"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_types # expect: AWS-RDS-007
}
