resource "aws_athena_workgroup" "analytics" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = true
  }
}

# Not written: the provider's default is true.
resource "aws_athena_workgroup" "reporting" {
  name = "reporting"
  configuration {
    result_configuration {
      output_location = "s3://example-athena-results/reporting/"
    }
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "enforce" {
  type = bool
}

resource "aws_athena_workgroup" "configurable" {
  name = "configurable"
  configuration {
    enforce_workgroup_configuration = var.enforce
  }
}
