resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
  access_policies = jsonencode({ # expect: AWS-OPENSEARCH-006
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/logs/*"
    }]
  })
}

resource "aws_opensearch_domain" "split" {
  domain_name = "split"
}

resource "aws_opensearch_domain_policy" "split" {
  domain_name = aws_opensearch_domain.split.domain_name
  access_policies = jsonencode({ # expect: AWS-OPENSEARCH-006
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/split/*"
    }]
  })
}
