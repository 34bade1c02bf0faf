resource "aws_config_configuration_recorder" "partial" {
  name     = "partial"
  role_arn = "arn:aws:iam::111122223333:role/config"

  recording_group {
    all_supported  = false # expect: AWS-CONFIG-001
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}
