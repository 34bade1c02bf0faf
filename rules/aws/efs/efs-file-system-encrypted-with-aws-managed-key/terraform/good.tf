resource "aws_kms_key" "efs" {
  description         = "efs"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

# Unencrypted: AWS-EFS-001's finding, not this rule's.
resource "aws_efs_file_system" "plain" {
  creation_token = "plain"
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "kms_key_id" {
  type = string
}

resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = true
  kms_key_id     = var.kms_key_id
}
