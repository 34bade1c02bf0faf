resource "aws_cloudtrail" "regional" {
  name                          = "regional"
  s3_bucket_name                = "org-trail-logs"
  include_global_service_events = false # expect: AWS-CLOUDTRAIL-006
}
