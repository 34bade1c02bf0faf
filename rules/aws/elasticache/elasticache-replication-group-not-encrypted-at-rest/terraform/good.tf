resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
}

# Valkey encrypts at rest unless told otherwise.
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id = "valkey"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  engine               = "valkey"
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "encrypt" {
  type = bool
}

resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description          = "cache"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = var.encrypt
}
