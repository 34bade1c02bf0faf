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

# Backups turned off altogether are AWS-RDS-003's finding.
resource "aws_db_instance" "scratch" {
  identifier                  = "scratch"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 0
}

resource "aws_db_instance" "replica" {
  identifier              = "app-replica"
  instance_class          = "db.t3.micro"
  replicate_source_db     = aws_db_instance.app.identifier
  backup_retention_period = 1
}

# Retention comes from a variable nobody set: unknown, so skipped.
variable "retention" {
  type = number
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.retention
}
