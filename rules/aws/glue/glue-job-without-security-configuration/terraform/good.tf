resource "aws_glue_security_configuration" "etl" {
  name = "etl"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}

resource "aws_glue_job" "etl" {
  name     = "etl"
  role_arn = "arn:aws:iam::111122223333:role/glue"
  security_configuration = aws_glue_security_configuration.etl.name
  command {
    script_location = "s3://example-glue-scripts/etl.py"
  }
}

# The configuration comes from a variable nobody set: unknown, so skipped.
variable "security_configuration" {
  type = string
}

resource "aws_glue_job" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/glue"
  security_configuration = var.security_configuration
  command {
    script_location = "s3://example-glue-scripts/configurable.py"
  }
}
