resource "aws_secretsmanager_secret" "db" {
  name                    = "db"
  recovery_window_in_days = 0 # expect: AWS-SECRETSMANAGER-004
}
