resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = "E2QWRUHEXAMPLE"
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
  origin {
    domain_name = "example-assets.s3.amazonaws.com"
    origin_id   = "app"

    s3_origin_config {
      origin_access_identity = "origin-access-identity/cloudfront/E1EXAMPLE"
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

# A website endpoint is a custom origin.
resource "aws_cloudfront_distribution" "website" {
  enabled = true
  origin {
    domain_name = "example-site.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "app"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
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

# A variable nobody set: unknown, so skipped.
variable "oac_id" {
  type = string
}

resource "aws_cloudfront_distribution" "configurable" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = var.oac_id
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

resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

# A reference to an origin access control is set, though its id is known only after apply.
resource "aws_cloudfront_distribution" "referenced" {
  enabled = true
  origin {
    domain_name              = "example-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "app"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
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
