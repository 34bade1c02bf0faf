resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  transit_encryption_enabled = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "tls" {
  type = bool
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  transit_encryption_enabled = var.tls
}
