resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = "E2QWRUHEXAMPLE"
  }
  logging_config {
    bucket = "cdn-logs.s3.amazonaws.com"
    prefix = "site/"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
