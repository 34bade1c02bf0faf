resource "aws_secretsmanager_secret" "db" { # expect: AWS-SECRETSMANAGER-002
  name = "prod/db"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/api"
  kms_key_id = "alias/aws/secretsmanager" # expect: AWS-SECRETSMANAGER-002
}
