resource "aws_kms_key" "logs" {
  description = "logs"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}

# Provider v3 style, inline.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# The algorithm comes from a variable nobody set: unknown, so skipped rather than reported.
variable "sse" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "example-configurable"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.sse
    }
  }
}
