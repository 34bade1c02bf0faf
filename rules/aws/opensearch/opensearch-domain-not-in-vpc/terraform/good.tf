resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

variable "subnets" {
  type = list(string)
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"

  dynamic "vpc_options" {
    for_each = var.subnets
    content {
      subnet_ids = [vpc_options.value]
    }
  }
}
