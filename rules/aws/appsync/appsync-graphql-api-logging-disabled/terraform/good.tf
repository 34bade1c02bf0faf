variable "log_role" {
  type = string
}

resource "aws_appsync_graphql_api" "shop" {
  name                = "shop"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::111122223333:role/appsync-logs"
    field_log_level          = "ERROR"
  }
}

resource "aws_appsync_graphql_api" "request_logs_only" {
  name                = "request-logs-only"
  authentication_type = "AWS_IAM"

  log_config {
    cloudwatch_logs_role_arn = var.log_role
    field_log_level          = "NONE"
  }
}
