resource "aws_elasticache_replication_group" "cache" { # expect: AWS-ELASTICACHE-002
  replication_group_id       = "cache"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  transit_encryption_enabled = false # expect: AWS-ELASTICACHE-002
}
