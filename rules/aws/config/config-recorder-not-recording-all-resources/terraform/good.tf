variable "all_supported" {
  type = bool
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder" "explicit" {
  name     = "explicit"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    include_global_resource_types = true
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_config_configuration_recorder" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported = var.all_supported
  }
}
