variable "external_policy" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:orders"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:111122223333:orders" } }
    }]
  })
}

# No policy: only the owner account has access.
resource "aws_sqs_queue" "private" {
  name = "private"
}

# A policy that is not known: skipped.
resource "aws_sqs_queue_policy" "external" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/external"
  policy    = var.external_policy
}
