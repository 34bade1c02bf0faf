resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

# Not a credential.
resource "aws_ssm_parameter" "log_level" {
  name  = "/prod/app/log-level"
  type  = "String"
  value = "info"
}

# The value comes from a variable nobody set: unknown, so skipped.
variable "api_token" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "api_token" {
  name  = "/prod/payments/api-token"
  type  = "SecureString"
  value = var.api_token
}
