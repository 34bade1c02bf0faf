variable "introspection" {
  type = string
}

resource "aws_appsync_graphql_api" "shop" {
  name                 = "shop"
  authentication_type  = "AWS_IAM"
  introspection_config = "DISABLED"
}

# A variable without a value: unknown, so skipped.
resource "aws_appsync_graphql_api" "configurable" {
  name                 = "configurable"
  authentication_type  = "AWS_IAM"
  introspection_config = var.introspection
}
