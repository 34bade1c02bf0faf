resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "app", password = "hunter22-prod" }) # expect: AWS-SECRETSMANAGER-005
}

resource "aws_secretsmanager_secret" "api" {
  name = "api"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = "sk_live_4f9a8b7c6d5e4f3a" # expect: AWS-SECRETSMANAGER-005
}
