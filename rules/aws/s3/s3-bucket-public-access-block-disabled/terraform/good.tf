# No configuration written: the AWS default keeps all four settings on.
resource "aws_s3_bucket" "default" {
  bucket = "example-default"
}

resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A value from an unset variable is unknown: skipped, not reported.
variable "allow_public_policy" {
  type = bool
}

resource "aws_s3_bucket" "open" {
  bucket = "example-open"
}

resource "aws_s3_bucket_public_access_block" "open" {
  bucket                  = aws_s3_bucket.open.id
  block_public_acls       = true
  block_public_policy     = !var.allow_public_policy
  ignore_public_acls      = true
  restrict_public_buckets = true
}
