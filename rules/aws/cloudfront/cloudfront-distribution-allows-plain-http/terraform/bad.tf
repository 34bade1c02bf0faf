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
    viewer_protocol_policy = "allow-all" # expect: AWS-CLOUDFRONT-001
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  ordered_cache_behavior {
    path_pattern           = "/assets/*"
    target_origin_id       = "site"
    viewer_protocol_policy = "allow-all" # expect: AWS-CLOUDFRONT-001
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
