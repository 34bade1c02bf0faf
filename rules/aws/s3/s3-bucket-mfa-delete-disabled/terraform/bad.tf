resource "aws_s3_bucket" "records" {
  bucket = "records"
}

resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  versioning_configuration { # expect: AWS-S3-009
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "audit" {
  bucket = "audit"
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled" # expect: AWS-S3-009
  }
}

# The legacy inline block of provider v3.
resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  versioning { # expect: AWS-S3-009
    enabled = true
  }
}
