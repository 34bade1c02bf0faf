resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-008
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}
