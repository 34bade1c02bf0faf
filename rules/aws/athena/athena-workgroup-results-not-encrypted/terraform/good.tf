resource "aws_athena_workgroup" "analytics" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://example-athena-results/analytics/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

# The option comes from a variable nobody set: unknown, so skipped.
variable "encryption_option" {
  type = string
}

resource "aws_athena_workgroup" "configurable" {
  name = "configurable"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = var.encryption_option
      }
    }
  }
}
