resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/archiver" }
      Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
      Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
    }]
  })
}

resource "aws_glacier_vault" "private" {
  name = "private"
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "vault_policy" {
  type = string
}

resource "aws_glacier_vault" "configurable" {
  name          = "configurable"
  access_policy = var.vault_policy
}
