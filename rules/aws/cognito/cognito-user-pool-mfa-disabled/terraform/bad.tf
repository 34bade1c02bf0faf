resource "aws_cognito_user_pool" "default" { # expect: AWS-COGNITO-001
  name = "default"
}

resource "aws_cognito_user_pool" "off" {
  name              = "off"
  mfa_configuration = "OFF" # expect: AWS-COGNITO-001
}
