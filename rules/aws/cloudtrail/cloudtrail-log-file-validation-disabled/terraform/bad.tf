resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-002
  name                  = "main"
  s3_bucket_name        = "example-trail"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "example-audit"
  enable_log_file_validation = false # expect: AWS-CLOUDTRAIL-002
}
