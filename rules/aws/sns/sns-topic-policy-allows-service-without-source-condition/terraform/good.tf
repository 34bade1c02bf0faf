variable "source_arn" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "events.amazonaws.com" }
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
        Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:events:eu-west-1:111122223333:rule/alarms" } }
      },
      {
        Effect    = "Allow"
        Principal = { Service = "s3.amazonaws.com" }
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
        Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
      }
    ]
  })
}

# A source that is not known: the document is not known, so skipped.
resource "aws_sns_topic" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { ArnEquals = { "aws:SourceArn" = var.source_arn } }
    }]
  })
}
