resource "aws_cloudtrail" "main" { # expect: AWS-CLOUDTRAIL-005
  name                          = "main"
  s3_bucket_name                = "org-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
}
