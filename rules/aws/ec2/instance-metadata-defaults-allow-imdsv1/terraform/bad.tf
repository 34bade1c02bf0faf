resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "optional" # expect: AWS-EC2-020
}
