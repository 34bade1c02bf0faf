resource "aws_cognito_user_pool_client" "spa" {
  name                                 = "spa"
  user_pool_id                         = "eu-west-1_EXAMPLE"
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code", "implicit"] # expect: AWS-COGNITO-006
  allowed_oauth_scopes                 = ["openid"]
  callback_urls                        = ["https://app.example.com/callback"]
}
