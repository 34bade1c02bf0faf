resource "aws_dax_cluster" "cache" {
  cluster_name                     = "cache"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"
}

# The type comes from a variable nobody set: unknown, so skipped.
variable "endpoint_encryption" {
  type = string
}

resource "aws_dax_cluster" "configurable" {
  cluster_name                     = "configurable"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = var.endpoint_encryption
}
