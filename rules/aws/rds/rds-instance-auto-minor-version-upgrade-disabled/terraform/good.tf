# Not written: upgrades are on.
resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier         = "aurora"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "auto_upgrade" {
  type = bool
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  auto_minor_version_upgrade  = var.auto_upgrade
}
