resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "cache"
  description          = "sessions"
  node_type            = "cache.t4g.small"
}

variable "upgrades" {
  type = bool
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  auto_minor_version_upgrade = var.upgrades
}
