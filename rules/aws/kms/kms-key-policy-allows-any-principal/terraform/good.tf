# No policy: KMS's default key policy grants the account.
resource "aws_kms_key" "default" {
  description         = "default"
  enable_key_rotation = true
}

resource "aws_kms_key" "ebs" {
  description         = "ebs"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
      # A wildcard limited to the account and to EC2.
      { Effect = "Allow", Principal = { AWS = "*" }, Action = ["kms:Decrypt", "kms:GenerateDataKey*"], Resource = "*",
        Condition = { StringEquals = { "kms:CallerAccount" = "111122223333", "kms:ViaService" = "ec2.eu-west-1.amazonaws.com" } }
      },
    ]
  })
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "key_policy" {
  type = string
}

resource "aws_kms_key" "configurable" {
  description         = "configurable"
  enable_key_rotation = true
  policy              = var.key_policy
}
