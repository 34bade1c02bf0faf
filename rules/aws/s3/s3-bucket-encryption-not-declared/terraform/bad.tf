resource "aws_s3_bucket" "logs" { # expect: AWS-S3-001
  bucket = "example-logs"
}

# Declared, but the algorithm is left empty through a variable default.
variable "algorithm" {
  default = null
}

resource "aws_s3_bucket" "data" { # expect: AWS-S3-001
  bucket = "example-data"
}
