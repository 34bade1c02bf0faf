resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  encrypt_at_rest {
    enabled = true
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "enabled" {
  type = bool
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"
  encrypt_at_rest {
    enabled = var.enabled
  }
}
