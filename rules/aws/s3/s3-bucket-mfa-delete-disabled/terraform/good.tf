resource "aws_s3_bucket" "records" {
  bucket = "records"
}

resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

# No versioning: nothing for MFA delete to protect (AWS-S3-005 reports it).
resource "aws_s3_bucket" "scratch" {
  bucket = "scratch"
}

# The status comes from a variable nobody set: unknown, so skipped.
variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "configurable" {
  bucket = "configurable"
}

resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  versioning_configuration {
    status = var.versioning_status
  }
}
