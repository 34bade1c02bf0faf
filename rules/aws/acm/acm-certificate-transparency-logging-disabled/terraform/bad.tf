resource "aws_acm_certificate" "site" {
  domain_name       = "www.example.com"
  validation_method = "DNS"

  options {
    certificate_transparency_logging_preference = "DISABLED" # expect: AWS-ACM-001
  }
}
