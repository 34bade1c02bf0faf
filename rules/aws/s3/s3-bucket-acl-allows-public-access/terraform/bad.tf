resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = "public-read" # expect: AWS-S3-006
}

# Provider v3 style, inline; a public access block that omits the ACL settings leaves them off.
resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
  acl    = "public-read-write" # expect: AWS-S3-006
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket = aws_s3_bucket.uploads.id
}
