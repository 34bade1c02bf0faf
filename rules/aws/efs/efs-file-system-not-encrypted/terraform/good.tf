resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "encrypted" {
  type = bool
}

resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = var.encrypted
}
