resource "aws_backup_vault" "main" { # expect: AWS-BACKUP-003
  name = "main"
}
