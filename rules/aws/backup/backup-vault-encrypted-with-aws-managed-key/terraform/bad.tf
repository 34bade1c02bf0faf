resource "aws_backup_vault" "main" { # expect: AWS-BACKUP-001
  name = "main"
}

resource "aws_backup_vault" "alias" {
  name        = "alias"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup" # expect: AWS-BACKUP-001
}
