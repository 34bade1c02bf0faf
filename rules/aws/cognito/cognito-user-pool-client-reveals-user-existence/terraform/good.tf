variable "mode" {
  type = string
}

resource "aws_cognito_user_pool_client" "web" {
  name                          = "web"
  user_pool_id                  = "eu-west-1_EXAMPLE"
  prevent_user_existence_errors = "ENABLED"
}

# A variable without a value: unknown, so skipped.
resource "aws_cognito_user_pool_client" "configurable" {
  name                          = "configurable"
  user_pool_id                  = "eu-west-1_EXAMPLE"
  prevent_user_existence_errors = var.mode
}
