resource "aws_cloudtrail" "management_only" { # expect: AWS-CLOUDTRAIL-007
  name                  = "management-only"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "lambda_only" { # expect: AWS-CLOUDTRAIL-007
  name           = "lambda-only"
  s3_bucket_name = "org-trail-logs"

  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
}
