resource "aws_cognito_user_pool_client" "default" { # expect: AWS-COGNITO-004
  name         = "default"
  user_pool_id = "eu-west-1_EXAMPLE"
}

resource "aws_cognito_user_pool_client" "legacy" {
  name                          = "legacy"
  user_pool_id                  = "eu-west-1_EXAMPLE"
  prevent_user_existence_errors = "LEGACY" # expect: AWS-COGNITO-004
}
