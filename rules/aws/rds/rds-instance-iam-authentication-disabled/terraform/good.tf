resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
}

# SQL Server has no IAM database authentication.
resource "aws_db_instance" "legacy" {
  identifier                  = "legacy"
  engine                      = "sqlserver-se"
  instance_class              = "db.m5.large"
  allocated_storage           = 100
  license_model               = "license-included"
  username                    = "admin"
  manage_master_user_password = true
}

# The engine comes from a variable nobody set: unknown, so skipped.
variable "engine" {
  type = string
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = var.engine
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}
