variable "protection" {
  type = string
}

resource "aws_cognito_user_pool" "customers" {
  name                = "customers"
  deletion_protection = "ACTIVE"
}

# A variable without a value: unknown, so skipped.
resource "aws_cognito_user_pool" "configurable" {
  name                = "configurable"
  deletion_protection = var.protection
}
