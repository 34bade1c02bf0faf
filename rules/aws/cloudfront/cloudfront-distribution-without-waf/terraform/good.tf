resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = "E2QWRUHEXAMPLE"
  }
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/abc"
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

# A variable nobody set: it may be null, so unknown and skipped.
variable "web_acl_id" {
  type = string
}

resource "aws_cloudfront_distribution" "configurable" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = "E2QWRUHEXAMPLE"
  }
  web_acl_id = var.web_acl_id
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

resource "aws_wafv2_web_acl" "edge" {
  name  = "edge"
  scope = "CLOUDFRONT"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge"
    sampled_requests_enabled   = true
  }
}

# A reference to a web ACL is set, though its ARN is known only after apply.
resource "aws_cloudfront_distribution" "referenced" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = "E2QWRUHEXAMPLE"
  }
  web_acl_id = aws_wafv2_web_acl.edge.arn
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
