variable "retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/audit"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "long" {
  name              = "/app/archive"
  retention_in_days = 3653
}

# A variable without a value: unknown, so skipped.
resource "aws_cloudwatch_log_group" "configurable" {
  name              = "/app/configurable"
  retention_in_days = var.retention
}
