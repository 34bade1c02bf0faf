resource "aws_kms_key" "redshift" {
  description = "redshift"
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier          = "analytics"
  node_type                   = "ra3.xlplus"
  master_username             = "admin"
  manage_master_password      = true
  encrypted                   = true
  kms_key_id                  = aws_kms_key.redshift.arn
}

variable "key" {
  type = string
}

resource "aws_redshift_cluster" "configurable" {
  cluster_identifier          = "configurable"
  node_type                   = "ra3.xlplus"
  master_username             = "admin"
  manage_master_password      = true
  kms_key_id                  = var.key
}
