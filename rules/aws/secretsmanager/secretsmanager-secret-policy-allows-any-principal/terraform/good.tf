resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:role/reporting" }
        Action    = "secretsmanager:GetSecretValue"
        Resource  = "*"
      },
      # A wildcard limited to the organization.
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "secretsmanager:GetSecretValue"
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
      },
    ]
  })
}

resource "aws_secretsmanager_secret" "private" {
  name = "private"
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "secret_policy" {
  type = string
}

resource "aws_secretsmanager_secret" "configurable" {
  name   = "configurable"
  policy = var.secret_policy
}

# Public policy blocking is on: Secrets Manager rejects a policy that grants broad access.
resource "aws_secretsmanager_secret" "blocked" {
  name = "blocked"
}

resource "aws_secretsmanager_secret_policy" "blocked" {
  secret_arn          = aws_secretsmanager_secret.blocked.arn
  block_public_policy = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}
