resource "aws_opensearch_domain" "search" { # expect: AWS-OPENSEARCH-002
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  node_to_node_encryption {
    enabled = false # expect: AWS-OPENSEARCH-002
  }
}
