resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-003
  name                  = "main"
  s3_bucket_name        = "example-trail"
  is_multi_region_trail = true
}
