variable "log_destination" {
  type = string
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/api/access"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_apigatewayv2_stage" "default" {
  api_id = "a1b2c3"
  name   = "$default"

  access_log_settings {
    destination_arn = var.log_destination
    format          = "$context.requestId"
  }
}
