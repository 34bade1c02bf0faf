resource "aws_kms_key" "backup" {
  description         = "backup"
  enable_key_rotation = true
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.backup.arn
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "vault_key_arn" {
  type = string
}

resource "aws_backup_vault" "configurable" {
  name        = "configurable"
  kms_key_arn = var.vault_key_arn
}
