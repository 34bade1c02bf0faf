resource "aws_s3_bucket" "logs" { # expect: AWS-S3-001
  bucket = "example-logs"
}

# Instances created with for_each are checked one by one.
resource "aws_s3_bucket" "data" { # expect: AWS-S3-001
  for_each = toset(["raw"])
  bucket   = "example-data-${each.key}"
}
