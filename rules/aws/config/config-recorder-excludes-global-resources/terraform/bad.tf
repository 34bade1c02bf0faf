resource "aws_config_configuration_recorder" "default_group" { # expect: AWS-CONFIG-002
  name     = "default-group"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder" "no_global" {
  name     = "no-global"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = false # expect: AWS-CONFIG-002
  }
}
