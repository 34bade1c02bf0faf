resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "unwritten" {
  domain_name = "unwritten"
}

variable "policy" {
  type = string
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"

  domain_endpoint_options {
    tls_security_policy = var.policy
  }
}
