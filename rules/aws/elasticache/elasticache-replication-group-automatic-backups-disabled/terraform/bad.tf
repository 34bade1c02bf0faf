resource "aws_elasticache_replication_group" "cache" { # expect: AWS-ELASTICACHE-004
  replication_group_id = "cache"
  description          = "sessions"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id     = "explicit"
  description              = "sessions"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = 0 # expect: AWS-ELASTICACHE-004
}
