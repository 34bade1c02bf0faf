variable "encryption_type" {
  type = string
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

# A variable without a value: unknown, so skipped.
resource "aws_kinesis_stream" "configurable" {
  name            = "configurable"
  shard_count     = 1
  encryption_type = var.encryption_type
  kms_key_id      = "alias/aws/kinesis"
}
