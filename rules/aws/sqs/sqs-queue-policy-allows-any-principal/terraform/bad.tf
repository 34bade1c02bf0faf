resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({ # expect: AWS-SQS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:orders"
    }]
  })
}

resource "aws_sqs_queue" "inline" {
  name = "inline"
  policy = jsonencode({ # expect: AWS-SQS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
