resource "aws_sns_topic" "orders" { # expect: AWS-SNS-001
  name = "orders"
}
