resource "aws_workspaces_workspace" "analyst" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "analyst"
  volume_encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "encrypt" {
  type = bool
}

resource "aws_workspaces_workspace" "configurable" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "configurable"
  volume_encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  root_volume_encryption_enabled = var.encrypt
}
