resource "aws_dms_endpoint" "source" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  ssl_mode      = "verify-full"
}

# An S3 target is reached over HTTPS; ssl_mode does not apply.
resource "aws_dms_endpoint" "archive" {
  endpoint_id   = "archive"
  endpoint_type = "target"
  engine_name   = "s3"
}

variable "engine" {
  type = string
}

resource "aws_dms_endpoint" "configurable" {
  endpoint_id   = "configurable"
  endpoint_type = "source"
  engine_name   = var.engine
}
