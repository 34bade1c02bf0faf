resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

# Inside the block, the provider defaults enforce_https to true.
resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

variable "https" {
  type = bool
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"

  domain_endpoint_options {
    enforce_https = var.https
  }
}
