resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "example-trail"
  is_multi_region_trail = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "multi_region" {
  type = bool
}

resource "aws_cloudtrail" "configurable" {
  name                  = "configurable"
  s3_bucket_name        = "example-trail"
  is_multi_region_trail = var.multi_region
}
