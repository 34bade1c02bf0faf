resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  root_access   = "Disabled"
}

variable "root" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "configurable" {
  name          = "configurable"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  root_access   = var.root
}
