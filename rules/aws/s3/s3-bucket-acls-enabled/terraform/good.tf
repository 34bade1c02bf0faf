resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# Not set: BucketOwnerEnforced, the default for new buckets.
resource "aws_s3_bucket" "plain" {
  bucket = "plain"
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "ownership" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "configurable"
}

resource "aws_s3_bucket_ownership_controls" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  rule {
    object_ownership = var.ownership
  }
}
