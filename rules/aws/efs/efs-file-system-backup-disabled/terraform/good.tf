resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = "ENABLED"
  }
}

# The status comes from a variable nobody set: unknown, so skipped.
variable "backup_status" {
  type = string
}

resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = true
}

resource "aws_efs_backup_policy" "configurable" {
  file_system_id = aws_efs_file_system.configurable.id
  backup_policy {
    status = var.backup_status
  }
}
