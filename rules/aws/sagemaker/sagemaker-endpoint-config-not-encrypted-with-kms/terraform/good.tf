resource "aws_kms_key" "sagemaker" {
  description = "sagemaker"
}

resource "aws_sagemaker_endpoint_configuration" "churn" {
  name        = "churn"
  kms_key_arn = aws_kms_key.sagemaker.arn

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

variable "key" {
  type = string
}

resource "aws_sagemaker_endpoint_configuration" "configurable" {
  name        = "configurable"
  kms_key_arn = var.key

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
