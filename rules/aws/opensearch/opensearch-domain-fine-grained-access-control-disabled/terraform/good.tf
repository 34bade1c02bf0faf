resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = var.master_password
    }
  }
}

variable "master_password" {
  type      = string
  sensitive = true
}

variable "fgac" {
  type = bool
}

resource "aws_opensearch_domain" "configurable" {
  domain_name = "configurable"

  advanced_security_options {
    enabled = var.fgac
  }
}
