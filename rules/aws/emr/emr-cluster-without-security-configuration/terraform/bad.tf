resource "aws_emr_cluster" "analytics" { # expect: AWS-EMR-001
  name          = "analytics"
  release_label = "emr-7.1.0"
  service_role  = "arn:aws:iam::123456789012:role/emr-service"
}
