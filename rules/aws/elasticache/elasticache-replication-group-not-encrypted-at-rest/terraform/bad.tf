resource "aws_elasticache_replication_group" "cache" { # expect: AWS-ELASTICACHE-001
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  engine                     = "valkey"
  at_rest_encryption_enabled = false # expect: AWS-ELASTICACHE-001
}
