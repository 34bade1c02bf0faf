resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "example-trail"
  enable_logging = false # expect: AWS-CLOUDTRAIL-004
}
