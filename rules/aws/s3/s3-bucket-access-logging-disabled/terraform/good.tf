resource "aws_s3_bucket" "access_logs" {
  bucket = "example-access-logs"
}

# The log destination itself.
resource "aws_s3_bucket_acl" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "data/"
}

# Provider v3 style, inline.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  logging {
    target_bucket = "example-access-logs"
  }
}
