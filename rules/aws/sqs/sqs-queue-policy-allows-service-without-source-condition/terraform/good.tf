variable "source_arn" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:111122223333:orders"
        Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:events:eu-west-1:111122223333:rule/alarms" } }
      },
      {
        Effect    = "Allow"
        Principal = { Service = "s3.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:111122223333:orders"
        Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:111122223333:orders"
      }
    ]
  })
}

# A source that is not known: the document is not known, so skipped.
resource "aws_sqs_queue" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { ArnEquals = { "aws:SourceArn" = var.source_arn } }
    }]
  })
}
