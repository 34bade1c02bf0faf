resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier  = "analytics"
  engine              = "aurora-mysql"
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

# Exposure comes from a variable nobody set: unknown, so skipped.
variable "public" {
  type = bool
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  publicly_accessible         = var.public
}
