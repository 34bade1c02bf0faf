variable "level" {
  type = string
}

resource "aws_sfn_state_machine" "errors" {
  name       = "errors"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    log_destination = "arn:aws:logs:eu-west-1:111122223333:log-group:/sfn/errors:*"
    level           = "ERROR"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_sfn_state_machine" "configurable" {
  name       = "configurable"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    level = var.level
  }
}
