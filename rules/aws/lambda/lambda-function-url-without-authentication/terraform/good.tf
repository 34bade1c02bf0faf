resource "aws_lambda_function_url" "api" {
  function_name      = "api"
  authorization_type = "AWS_IAM"
}

# The auth type comes from a variable nobody set: unknown, so skipped.
variable "auth_type" {
  type = string
}

resource "aws_lambda_function_url" "configurable" {
  function_name      = "configurable"
  authorization_type = var.auth_type
}
