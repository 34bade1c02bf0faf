resource "aws_glue_job" "etl" { # expect: AWS-GLUE-007
  name     = "etl"
  role_arn = "arn:aws:iam::111122223333:role/glue"
  command {
    script_location = "s3://example-glue-scripts/etl.py"
  }
}
