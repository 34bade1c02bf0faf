variable "tracing" {
  type = bool
}

resource "aws_sfn_state_machine" "traced" {
  name       = "traced"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = true
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_sfn_state_machine" "configurable" {
  name       = "configurable"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = var.tracing
  }
}
