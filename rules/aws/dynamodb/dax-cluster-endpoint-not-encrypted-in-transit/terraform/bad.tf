resource "aws_dax_cluster" "cache" { # expect: AWS-DYNAMODB-005
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "sessions" {
  cluster_name                     = "sessions"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "NONE" # expect: AWS-DYNAMODB-005
}
