resource "aws_kms_key" "sagemaker" {
  description = "sagemaker"
}

resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  kms_key_id    = aws_kms_key.sagemaker.arn
}

variable "key" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "configurable" {
  name          = "configurable"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  kms_key_id    = var.key
}
