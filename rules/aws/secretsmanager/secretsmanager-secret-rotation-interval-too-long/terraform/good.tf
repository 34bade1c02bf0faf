resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

# Never rotated: AWS-SECRETSMANAGER-001's finding, not this rule's.
resource "aws_secretsmanager_secret" "static" {
  name = "static"
}

# A cron schedule: the interval is not computed, so skipped.
resource "aws_secretsmanager_secret" "api" {
  name = "api"
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = aws_secretsmanager_secret.api.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    schedule_expression = "cron(0 4 1 * ? *)"
  }
}

# The interval comes from a variable nobody set: unknown, so skipped.
variable "rotation_days" {
  type = number
}

resource "aws_secretsmanager_secret" "configurable" {
  name = "configurable"
}

resource "aws_secretsmanager_secret_rotation" "configurable" {
  secret_id           = aws_secretsmanager_secret.configurable.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}
