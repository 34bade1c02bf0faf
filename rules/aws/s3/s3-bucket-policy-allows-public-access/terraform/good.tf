resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

resource "aws_s3_bucket_public_access_block" "shared" {
  bucket                  = aws_s3_bucket.shared.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::example-shared/*" },
      # Anyone, but only through the organization's VPC endpoint.
      { Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-shared/*",
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } } },
      { Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "arn:aws:s3:::example-shared/*",
      Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

# A public statement on a bucket with the default Block Public Access: it cannot take effect.
resource "aws_s3_bucket" "blocked" {
  bucket = "example-blocked"
}

resource "aws_s3_bucket_policy" "blocked" {
  bucket = aws_s3_bucket.blocked.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-blocked/*" }]
  })
}

# The Block Public Access settings come from a variable nobody set: unknown, so skipped.
variable "block" {
  type = bool
}

resource "aws_s3_bucket" "configurable" {
  bucket = "example-configurable"
}

resource "aws_s3_bucket_public_access_block" "configurable" {
  bucket                  = aws_s3_bucket.configurable.id
  block_public_policy     = var.block
  restrict_public_buckets = var.block
}

resource "aws_s3_bucket_policy" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-configurable/*" }]
  })
}
