resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-005
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "explicit" {
  domain_name = "explicit"

  advanced_security_options {
    enabled = false # expect: AWS-OPENSEARCH-005
  }
}
