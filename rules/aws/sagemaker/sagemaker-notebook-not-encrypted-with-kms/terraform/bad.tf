resource "aws_sagemaker_notebook_instance" "research" { # expect: AWS-SAGEMAKER-003
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
}
