resource "aws_cloudwatch_log_group" "default" { # expect: AWS-LOGS-001
  name = "/app/default"
}

resource "aws_cloudwatch_log_group" "zero" {
  name              = "/app/zero"
  retention_in_days = 0 # expect: AWS-LOGS-001
}
