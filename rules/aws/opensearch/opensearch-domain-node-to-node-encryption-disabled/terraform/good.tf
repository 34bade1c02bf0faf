resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  node_to_node_encryption {
    enabled = true
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "enabled" {
  type = bool
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"
  node_to_node_encryption {
    enabled = var.enabled
  }
}
