resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = "hunter22-prod"
}

# Not a credential.
resource "aws_ssm_parameter" "log_level" {
  name  = "/prod/app/log-level"
  type  = "String"
  value = "info"
}

# Names a secret rather than holding one.
resource "aws_ssm_parameter" "db_password_arn" {
  name  = "/prod/db/password-arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-password"
}

# The name comes from a variable nobody set: unknown, so skipped.
variable "parameter_name" {
  type = string
}

resource "aws_ssm_parameter" "configurable" {
  name  = var.parameter_name
  type  = "String"
  value = "value"
}
