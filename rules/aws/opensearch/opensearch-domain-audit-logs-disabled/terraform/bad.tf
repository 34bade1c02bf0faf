resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-007
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:slow"
  }
}

resource "aws_opensearch_domain" "off" {
  domain_name = "off"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:audit"
    enabled                  = false # expect: AWS-OPENSEARCH-007
  }
}
