resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin { # expect: AWS-CLOUDFRONT-007
    domain_name = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "app"
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

resource "aws_cloudfront_distribution" "legacy" {
  enabled = true
  origin { # expect: AWS-CLOUDFRONT-007
    domain_name = "assets.example.com"
    origin_id   = "app"

    s3_origin_config {
      origin_access_identity = ""
    }
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
