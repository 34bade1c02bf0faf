resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret" "api" {
  name                    = "api"
  recovery_window_in_days = 7
}

# The window comes from a variable nobody set: unknown, so skipped.
variable "recovery_window" {
  type = number
}

resource "aws_secretsmanager_secret" "configurable" {
  name                    = "configurable"
  recovery_window_in_days = var.recovery_window
}
