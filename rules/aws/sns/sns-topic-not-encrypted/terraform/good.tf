resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns"
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "kms_key" {
  type = string
}

resource "aws_sns_topic" "configurable" {
  name              = "configurable"
  kms_master_key_id = var.kms_key
}
