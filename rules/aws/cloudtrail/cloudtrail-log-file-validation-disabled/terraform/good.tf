resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "example-trail"
  enable_log_file_validation = true
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "validate" {
  type = bool
}

resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = "example-trail"
  enable_log_file_validation = var.validate
}
