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
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "viewer_protocol_policy" {
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
    viewer_protocol_policy = var.viewer_protocol_policy
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
