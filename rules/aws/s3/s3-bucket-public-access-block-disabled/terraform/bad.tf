resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "site" { # expect: AWS-S3-002
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  block_public_policy     = false # expect: AWS-S3-002
  ignore_public_acls      = true
}
