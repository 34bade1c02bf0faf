resource "aws_kms_key" "firehose" {
  description = "firehose"
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
}

# No server-side encryption at all is AWS-KINESIS-003's finding.
resource "aws_kinesis_firehose_delivery_stream" "plain" {
  name        = "plain"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }
}

variable "key_type" {
  type = string
}

resource "aws_kinesis_firehose_delivery_stream" "configurable" {
  name        = "configurable"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }

  server_side_encryption {
    enabled  = true
    key_type = var.key_type
  }
}
