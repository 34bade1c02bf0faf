variable "mfa" {
  type = string
}

resource "aws_cognito_user_pool" "required" {
  name              = "required"
  mfa_configuration = "ON"

  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_user_pool" "optional" {
  name              = "optional"
  mfa_configuration = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_cognito_user_pool" "configurable" {
  name              = "configurable"
  mfa_configuration = var.mfa
}
