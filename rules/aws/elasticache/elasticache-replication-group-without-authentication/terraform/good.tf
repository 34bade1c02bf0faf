variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "token" {
  replication_group_id       = "token"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
}

resource "aws_elasticache_user_group" "app" {
  engine        = "redis"
  user_group_id = "app"
  user_ids      = ["default"]
}

resource "aws_elasticache_replication_group" "rbac" {
  replication_group_id       = "rbac"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}
