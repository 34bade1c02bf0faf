variable "auth" {
  type = string
}

resource "aws_appsync_graphql_api" "shop" {
  name                = "shop"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    user_pool_id   = "eu-west-1_EXAMPLE"
    default_action = "ALLOW"
  }

  additional_authentication_provider {
    authentication_type = "AWS_IAM"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_appsync_graphql_api" "configurable" {
  name                = "configurable"
  authentication_type = var.auth
}
