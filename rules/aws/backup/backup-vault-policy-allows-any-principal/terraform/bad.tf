resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault_policy" "main" {
  backup_vault_name = aws_backup_vault.main.name
  policy = jsonencode({ # expect: AWS-BACKUP-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["backup:CopyIntoBackupVault", "backup:DeleteRecoveryPoint"]
      Resource  = "*"
    }]
  })
}
