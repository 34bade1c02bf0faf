resource "aws_kinesis_firehose_delivery_stream" "events" { # expect: AWS-KINESIS-003
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "explicit" {
  name        = "explicit"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }

  server_side_encryption {
    enabled = false # expect: AWS-KINESIS-003
  }
}
