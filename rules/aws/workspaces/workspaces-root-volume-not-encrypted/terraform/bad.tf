resource "aws_workspaces_workspace" "analyst" { # expect: AWS-WORKSPACES-001
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "analyst"
}

resource "aws_workspaces_workspace" "support" {
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "support"
  volume_encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  user_volume_encryption_enabled = true
  root_volume_encryption_enabled = false # expect: AWS-WORKSPACES-001
}
