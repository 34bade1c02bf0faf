resource "aws_s3_bucket" "data" { # expect: AWS-S3-004
  bucket = "example-data"
}
