# Not written: SSE-SQS is on.
resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "payments" {
  name              = "payments"
  kms_master_key_id = "alias/aws/sqs"
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "kms_key" {
  type = string
}

resource "aws_sqs_queue" "configurable" {
  name                    = "configurable"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = var.kms_key
}
