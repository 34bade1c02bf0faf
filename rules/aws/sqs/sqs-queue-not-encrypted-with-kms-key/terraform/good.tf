variable "key" {
  type = string
}

resource "aws_kms_key" "queues" {
  enable_key_rotation = true
}

resource "aws_sqs_queue" "orders" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.queues.arn
}

# A key that is not known: skipped.
resource "aws_sqs_queue" "configurable" {
  name              = "configurable"
  kms_master_key_id = var.key
}
