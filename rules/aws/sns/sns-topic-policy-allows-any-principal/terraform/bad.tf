resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # expect: AWS-SNS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
    }]
  })
}

resource "aws_sns_topic" "inline" {
  name   = "inline"
  policy = jsonencode({ # expect: AWS-SNS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Subscribe", "sns:Publish"]
      Resource  = "*"
    }]
  })
}
