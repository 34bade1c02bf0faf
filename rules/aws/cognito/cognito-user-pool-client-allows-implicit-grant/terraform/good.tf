variable "flows" {
  type = list(string)
}

resource "aws_cognito_user_pool_client" "spa" {
  name                                 = "spa"
  user_pool_id                         = "eu-west-1_EXAMPLE"
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = ["openid"]
  callback_urls                        = ["https://app.example.com/callback"]
}

resource "aws_cognito_user_pool_client" "backend" {
  name         = "backend"
  user_pool_id = "eu-west-1_EXAMPLE"
}

# Flows that are not known: skipped.
resource "aws_cognito_user_pool_client" "configurable" {
  name                                 = "configurable"
  user_pool_id                         = "eu-west-1_EXAMPLE"
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = var.flows
}
