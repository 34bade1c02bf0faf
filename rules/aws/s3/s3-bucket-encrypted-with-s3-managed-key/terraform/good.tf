resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

# No declared encryption: AWS-S3-001's finding, not this rule's.
resource "aws_s3_bucket" "plain" {
  bucket = "plain"
}

# The algorithm comes from a variable nobody set: unknown, so skipped.
variable "algorithm" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "configurable"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}
