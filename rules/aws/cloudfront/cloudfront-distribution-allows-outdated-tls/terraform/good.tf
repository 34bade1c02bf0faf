resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/01234567-89ab-cdef-0123-456789abcdef"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# The default certificate's TLS settings cannot be changed.
resource "aws_cloudfront_distribution" "preview" {
  enabled = true
  origin {
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# The version comes from a variable nobody set: unknown, so skipped.
variable "min_tls" {
  type = string
}

resource "aws_cloudfront_distribution" "configurable" {
  enabled = true
  origin {
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/01234567-89ab-cdef-0123-456789abcdef"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = var.min_tls
  }
}
