resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "app", password = random_password.db.result })
}

# Settings without a credential in them.
resource "aws_secretsmanager_secret" "settings" {
  name = "settings"
}

resource "aws_secretsmanager_secret_version" "settings" {
  secret_id     = aws_secretsmanager_secret.settings.id
  secret_string = jsonencode({ engine = "mysql", port = 3306 })
}

# No version in this configuration.
resource "aws_secretsmanager_secret" "external" {
  name = "external"
}

# The value comes from a variable nobody set: unknown, so skipped.
variable "api_key" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "api" {
  name = "api"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = var.api_key
}
