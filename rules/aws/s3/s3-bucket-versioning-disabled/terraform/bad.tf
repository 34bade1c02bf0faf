resource "aws_s3_bucket" "data" { # expect: AWS-S3-003
  bucket = "example-data"
}

resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"
}

resource "aws_s3_bucket_versioning" "archive" {
  bucket = aws_s3_bucket.archive.id
  versioning_configuration {
    status = "Suspended" # expect: AWS-S3-003
  }
}
