resource "aws_cloudwatch_log_resource_policy" "open" {
  policy_name = "open"
  policy_document = jsonencode({ # expect: AWS-LOGS-004
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "arn:aws:logs:*:111122223333:log-group:*"
    }]
  })
}
