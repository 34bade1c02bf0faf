variable "global_events" {
  type = bool
}

resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = "org-trail-logs"
}

resource "aws_cloudtrail" "explicit" {
  name                          = "explicit"
  s3_bucket_name                = "org-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
}

# A value that is not known: skipped.
resource "aws_cloudtrail" "configurable" {
  name                          = "configurable"
  s3_bucket_name                = "org-trail-logs"
  include_global_service_events = var.global_events
}
