variable "kms_key_id" {
  type = string
}

resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db"
  kms_key_id = aws_kms_key.secrets.arn
}

# A variable without a value: unknown, so skipped.
resource "aws_secretsmanager_secret" "configurable" {
  name       = "prod/configurable"
  kms_key_id = var.kms_key_id
}
