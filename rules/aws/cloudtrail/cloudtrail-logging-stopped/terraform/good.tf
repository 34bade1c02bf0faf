# Not written: the trail records.
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "example-trail"
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "logging" {
  type = bool
}

resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = "example-trail"
  enable_logging = var.logging
}
