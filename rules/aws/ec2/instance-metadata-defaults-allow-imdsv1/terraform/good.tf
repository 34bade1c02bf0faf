resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}

# Not written: no preference, left to each instance.
resource "aws_ec2_instance_metadata_defaults" "unset" {
  http_endpoint = "enabled"
}

# A variable nobody set: unknown, so skipped.
variable "tokens" {
  type = string
}

resource "aws_ec2_instance_metadata_defaults" "configurable" {
  http_tokens = var.tokens
}
