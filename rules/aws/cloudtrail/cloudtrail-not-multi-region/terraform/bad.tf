resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-001
  name                       = "main"
  s3_bucket_name             = "example-trail"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "audit" {
  name                  = "audit"
  s3_bucket_name        = "example-audit"
  is_multi_region_trail = false # expect: AWS-CLOUDTRAIL-001
}
