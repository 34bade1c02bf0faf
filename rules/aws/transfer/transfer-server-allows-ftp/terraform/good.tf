resource "aws_transfer_server" "sftp" {
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "ftps" {
  protocols              = ["SFTP", "FTPS"]
  identity_provider_type = "API_GATEWAY"
  url                    = "https://example.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-idp"
  certificate            = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
}

# A variable nobody set: unknown, so skipped.
variable "protocols" {
  type = list(string)
}

resource "aws_transfer_server" "configurable" {
  protocols              = var.protocols
  identity_provider_type = "SERVICE_MANAGED"
}
