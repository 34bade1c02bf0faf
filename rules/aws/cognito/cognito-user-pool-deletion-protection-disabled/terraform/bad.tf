resource "aws_cognito_user_pool" "default" { # expect: AWS-COGNITO-005
  name = "default"
}

resource "aws_cognito_user_pool" "inactive" {
  name                = "inactive"
  deletion_protection = "INACTIVE" # expect: AWS-COGNITO-005
}
