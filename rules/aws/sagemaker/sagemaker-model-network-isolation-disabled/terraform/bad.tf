resource "aws_sagemaker_model" "churn" { # expect: AWS-SAGEMAKER-005
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.0"
  }
}

resource "aws_sagemaker_model" "explicit" {
  name                     = "explicit"
  enable_network_isolation = false # expect: AWS-SAGEMAKER-005
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.0"
  }
}
