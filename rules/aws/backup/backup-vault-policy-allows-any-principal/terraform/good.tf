resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault_policy" "main" {
  backup_vault_name = aws_backup_vault.main.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
        Action    = "backup:CopyIntoBackupVault"
        Resource  = "*"
      },
      # A wildcard limited to the organization.
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "backup:CopyIntoBackupVault"
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
      },
    ]
  })
}

# No policy at all.
resource "aws_backup_vault" "private" {
  name = "private"
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "vault_policy" {
  type = string
}

resource "aws_backup_vault" "configurable" {
  name = "configurable"
}

resource "aws_backup_vault_policy" "configurable" {
  backup_vault_name = aws_backup_vault.configurable.name
  policy            = var.vault_policy
}
