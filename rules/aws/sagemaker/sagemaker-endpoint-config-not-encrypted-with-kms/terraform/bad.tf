resource "aws_sagemaker_endpoint_configuration" "churn" { # expect: AWS-SAGEMAKER-004
  name = "churn"

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
