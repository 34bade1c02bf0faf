variable "mode" {
  type = string
}

resource "aws_cognito_user_pool" "enforced" {
  name           = "enforced"
  user_pool_tier = "PLUS"

  user_pool_add_ons {
    advanced_security_mode = "ENFORCED"
  }
}

resource "aws_cognito_user_pool" "audit" {
  name           = "audit"
  user_pool_tier = "PLUS"

  user_pool_add_ons {
    advanced_security_mode = "AUDIT"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_cognito_user_pool" "configurable" {
  name = "configurable"

  user_pool_add_ons {
    advanced_security_mode = var.mode
  }
}
