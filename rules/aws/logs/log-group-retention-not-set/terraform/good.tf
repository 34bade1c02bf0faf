variable "retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/prod"
  retention_in_days = 365
}

# A variable without a value: unknown, so skipped.
resource "aws_cloudwatch_log_group" "configurable" {
  name              = "/app/configurable"
  retention_in_days = var.retention
}
