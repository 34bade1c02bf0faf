resource "aws_sfn_state_machine" "default" { # expect: AWS-SFN-001
  name       = "default"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "off" {
  name       = "off"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    level = "OFF" # expect: AWS-SFN-001
  }
}
