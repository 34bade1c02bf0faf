# The file system is declared elsewhere: only its backup policy is here.
resource "aws_efs_backup_policy" "shared" {
  file_system_id = "fs-0123456789abcdef0"
  backup_policy {
    status = "ENABLED"
  }
}
