resource "aws_sqs_queue" "default" { # expect: AWS-SQS-003
  name = "default"
}

resource "aws_sqs_queue" "managed" {
  name                    = "managed"
  sqs_managed_sse_enabled = true # expect: AWS-SQS-003
}

resource "aws_sqs_queue" "aws_key" {
  name              = "aws-key"
  kms_master_key_id = "alias/aws/sqs" # expect: AWS-SQS-003
}
