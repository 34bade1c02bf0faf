resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
}

# Not written: RDS keeps backups for one day.
resource "aws_db_instance" "defaults" {
  identifier                  = "defaults"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

# A read replica without backups of its own.
resource "aws_db_instance" "replica" {
  identifier              = "app-replica"
  instance_class          = "db.t3.micro"
  replicate_source_db     = aws_db_instance.app.identifier
  backup_retention_period = 0
}

# Retention comes from a variable nobody set: unknown, so skipped.
variable "retention" {
  type = number
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  backup_retention_period     = var.retention
}
