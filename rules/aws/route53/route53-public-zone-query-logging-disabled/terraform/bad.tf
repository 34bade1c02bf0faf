resource "aws_route53_zone" "public" { # expect: AWS-ROUTE53-001
  name = "example.com"
}
