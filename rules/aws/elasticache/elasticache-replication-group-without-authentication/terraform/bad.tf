resource "aws_elasticache_replication_group" "cache" { # expect: AWS-ELASTICACHE-003
  replication_group_id       = "cache"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "empty" {
  replication_group_id       = "empty"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  user_group_ids             = [] # expect: AWS-ELASTICACHE-003
}
