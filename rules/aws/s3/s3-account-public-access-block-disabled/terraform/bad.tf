resource "aws_s3_account_public_access_block" "account" { # expect: AWS-S3-008
  block_public_acls       = true
  block_public_policy     = false # expect: AWS-S3-008
  ignore_public_acls      = true
}
