variable "kms_key_id" {
  type = string
}

resource "aws_kms_key" "events" {
  description         = "events"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.events.arn
}

# A variable without a value: unknown, so skipped.
resource "aws_kinesis_stream" "configurable" {
  name            = "configurable"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = var.kms_key_id
}
