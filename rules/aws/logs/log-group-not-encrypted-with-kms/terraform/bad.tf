resource "aws_cloudwatch_log_group" "app" { # expect: AWS-LOGS-002
  name              = "/app/prod"
  retention_in_days = 365
}
