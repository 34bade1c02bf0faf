resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = true
}

# Protection comes from a variable nobody set: unknown, so skipped.
variable "protect" {
  type = bool
}

resource "aws_db_instance" "configurable" {
  identifier                  = "configurable"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  deletion_protection         = var.protect
}

# An Aurora instance: protection is the cluster's (AWS-RDS-009).
resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
