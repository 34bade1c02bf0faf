variable "data_type" {
  type = string
}

resource "aws_cloudtrail" "basic" {
  name           = "basic"
  s3_bucket_name = "org-trail-logs"

  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "org-trail-logs"

  advanced_event_selector {
    name = "S3 objects"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}

# A data resource type that is not known: skipped.
resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = "org-trail-logs"

  event_selector {
    data_resource {
      type   = var.data_type
      values = ["arn:aws:s3"]
    }
  }
}
