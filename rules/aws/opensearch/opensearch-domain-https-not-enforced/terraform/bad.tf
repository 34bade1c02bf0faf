resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-003
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"

  domain_endpoint_options {
    enforce_https = false # expect: AWS-OPENSEARCH-003
  }
}
