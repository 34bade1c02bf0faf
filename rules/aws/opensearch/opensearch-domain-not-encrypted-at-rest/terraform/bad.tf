resource "aws_opensearch_domain" "search" { # expect: AWS-OPENSEARCH-001
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  encrypt_at_rest {
    enabled = false # expect: AWS-OPENSEARCH-001
  }
}
