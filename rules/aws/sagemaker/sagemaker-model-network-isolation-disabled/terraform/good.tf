resource "aws_sagemaker_model" "churn" {
  name                     = "churn"
  enable_network_isolation = true
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.0"
  }
}

variable "isolated" {
  type = bool
}

resource "aws_sagemaker_model" "configurable" {
  name                     = "configurable"
  enable_network_isolation = var.isolated
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.0"
  }
}
