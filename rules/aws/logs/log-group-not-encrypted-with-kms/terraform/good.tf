variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/prod"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}

# A variable without a value: unknown, so skipped.
resource "aws_cloudwatch_log_group" "configurable" {
  name              = "/app/configurable"
  retention_in_days = 365
  kms_key_id        = var.kms_key_arn
}
