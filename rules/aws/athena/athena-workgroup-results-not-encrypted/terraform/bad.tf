resource "aws_athena_workgroup" "analytics" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration { # expect: AWS-ATHENA-001
      output_location = "s3://example-athena-results/analytics/"
    }
  }
}

resource "aws_athena_workgroup" "adhoc" { # expect: AWS-ATHENA-001
  name = "adhoc"
}
