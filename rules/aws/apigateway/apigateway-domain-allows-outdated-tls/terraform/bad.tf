resource "aws_api_gateway_domain_name" "default" { # expect: AWS-APIGATEWAY-002
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "old" {
  domain_name              = "old.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  security_policy          = "TLS_1_0" # expect: AWS-APIGATEWAY-002

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
