resource "aws_cognito_user_pool" "default" { # expect: AWS-COGNITO-002
  name = "default"
}

resource "aws_cognito_user_pool" "off" {
  name = "off"

  user_pool_add_ons {
    advanced_security_mode = "OFF" # expect: AWS-COGNITO-002
  }
}
