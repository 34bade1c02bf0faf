variable "external_policy" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:alerts"
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}

# No policy: SNS's default policy grants the owner account only.
resource "aws_sns_topic" "private" {
  name = "private"
}

# A policy that is not known: skipped.
resource "aws_sns_topic_policy" "external" {
  arn    = "arn:aws:sns:eu-west-1:111122223333:external"
  policy = var.external_policy
}
