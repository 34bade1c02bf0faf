resource "aws_sagemaker_notebook_instance" "research" { # expect: AWS-SAGEMAKER-001
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
}

resource "aws_sagemaker_notebook_instance" "explicit" {
  name                   = "explicit"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  direct_internet_access = "Enabled" # expect: AWS-SAGEMAKER-001
}
