resource "aws_sfn_state_machine" "default" { # expect: AWS-SFN-002
  name       = "default"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "off" {
  name       = "off"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = false # expect: AWS-SFN-002
  }
}
