# The vault is declared elsewhere (by name): its lock is declared here.
resource "aws_backup_vault_lock_configuration" "shared" {
  backup_vault_name  = "shared"
  min_retention_days = 7
}

# A vault and its lock, joined by the literal name.
resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault_lock_configuration" "main" {
  backup_vault_name  = "main"
  min_retention_days = 7
}
