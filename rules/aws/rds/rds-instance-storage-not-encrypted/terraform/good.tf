resource "aws_kms_key" "rds" {
  description = "rds"
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# A read replica inherits the source's encryption.
resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  instance_class      = "db.t3.micro"
  replicate_source_db = aws_db_instance.app.identifier
}

# Encryption comes from a variable nobody set: unknown, so skipped.
variable "encrypted" {
  type = bool
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}

# An Aurora instance: encryption is the cluster's (AWS-RDS-008).
resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
