resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Provider v3 style, inline.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  versioning {
    enabled = true
  }
}

# The status comes from a variable nobody set: unknown, so skipped.
variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "example-configurable"
}

resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  versioning_configuration {
    status = var.versioning_status
  }
}
