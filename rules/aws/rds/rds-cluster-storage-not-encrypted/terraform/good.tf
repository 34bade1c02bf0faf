resource "aws_rds_cluster" "aurora" {
  cluster_identifier          = "aurora"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier          = "serverless"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}

# Restored from a snapshot: inherits the snapshot's encryption.
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:nightly"
}

# Encryption comes from a variable nobody set: unknown, so skipped.
variable "encrypted" {
  type = bool
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}
