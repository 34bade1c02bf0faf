resource "aws_db_instance" "app" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

# The log types come from a variable nobody set: unknown, so skipped.
variable "log_types" {
  type = list(string)
}

resource "aws_db_instance" "configurable" {
  identifier                      = "configurable"
  engine                          = "mysql"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  username                        = "admin"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_types
}

# An Aurora instance: logs are exported by the cluster (AWS-RDS-011).
resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
