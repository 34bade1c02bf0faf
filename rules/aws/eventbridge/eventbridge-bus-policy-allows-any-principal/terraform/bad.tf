resource "aws_cloudwatch_event_permission" "anyone" {
  principal    = "*" # expect: AWS-EVENTBRIDGE-001
  statement_id = "Anyone"
}

resource "aws_cloudwatch_event_bus_policy" "orders" {
  event_bus_name = "orders"
  policy = jsonencode({ # expect: AWS-EVENTBRIDGE-001
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePut"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "events:PutEvents"
      Resource  = "arn:aws:events:eu-west-1:111122223333:event-bus/orders"
    }]
  })
}
