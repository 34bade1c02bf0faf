resource "aws_cloudwatch_log_resource_policy" "route53" {
  policy_name = "route53-query-logging"
  policy_document = jsonencode({ # expect: AWS-LOGS-005
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "route53.amazonaws.com" }
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "arn:aws:logs:*:111122223333:log-group:/aws/route53/*"
    }]
  })
}
