variable "key" {
  type = string
}

resource "aws_kms_key" "sns" {
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.sns.arn
}

resource "aws_sns_topic" "by_alias" {
  name              = "by-alias"
  kms_master_key_id = "alias/sns-alerts"
}

# A key that is not known: skipped.
resource "aws_sns_topic" "configurable" {
  name              = "configurable"
  kms_master_key_id = var.key
}
