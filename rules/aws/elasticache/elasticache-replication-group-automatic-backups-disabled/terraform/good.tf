resource "aws_elasticache_replication_group" "cache" {
  replication_group_id     = "cache"
  description              = "sessions"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = 5
}

variable "retention" {
  type = number
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id     = "configurable"
  description              = "sessions"
  node_type                = "cache.t4g.small"
  snapshot_retention_limit = var.retention
}
