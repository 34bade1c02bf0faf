resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
}

variable "internet" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "configurable" {
  name                   = "configurable"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  direct_internet_access = var.internet
}
