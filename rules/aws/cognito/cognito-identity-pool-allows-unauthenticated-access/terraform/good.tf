variable "guests" {
  type = bool
}

resource "aws_cognito_identity_pool" "default" {
  identity_pool_name = "default"
}

resource "aws_cognito_identity_pool" "app" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = false
}

# A variable without a value: unknown, so skipped.
resource "aws_cognito_identity_pool" "configurable" {
  identity_pool_name               = "configurable"
  allow_unauthenticated_identities = var.guests
}
