variable "security_policy" {
  type = string
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_api_gateway_domain_name" "configurable" {
  domain_name              = "configurable.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  security_policy          = var.security_policy

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
