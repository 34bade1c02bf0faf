variable "preference" {
  type = string
}

resource "aws_acm_certificate" "site" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

# Private certificates are never logged publicly.
resource "aws_acm_certificate" "internal" {
  domain_name               = "api.internal.example.com"
  certificate_authority_arn = "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/11111111-2222-3333-4444-555555555555"

  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_acm_certificate" "configurable" {
  domain_name       = "app.example.com"
  validation_method = "DNS"

  options {
    certificate_transparency_logging_preference = var.preference
  }
}
