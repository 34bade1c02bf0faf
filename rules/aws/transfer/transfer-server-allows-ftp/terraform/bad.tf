resource "aws_transfer_server" "legacy" {
  endpoint_type          = "VPC"
  protocols              = ["FTP", "FTPS"] # expect: AWS-TRANSFER-001
  identity_provider_type = "API_GATEWAY"
  url                    = "https://example.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  certificate            = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"

  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
