resource "aws_kms_key" "trail" {
  description         = "cloudtrail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "example-trail"
  kms_key_id     = aws_kms_key.trail.arn
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "kms_key_arn" {
  type = string
}

resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = "example-trail"
  kms_key_id     = var.kms_key_arn
}
