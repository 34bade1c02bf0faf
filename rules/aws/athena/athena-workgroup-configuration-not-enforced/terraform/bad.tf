resource "aws_athena_workgroup" "analytics" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = false # expect: AWS-ATHENA-002
    result_configuration {
      output_location = "s3://example-athena-results/analytics/"
    }
  }
}
