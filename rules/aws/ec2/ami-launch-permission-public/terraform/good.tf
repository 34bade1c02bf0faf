resource "aws_ami_launch_permission" "partner" {
  image_id   = "ami-0123456789abcdef0"
  account_id = "123456789012"
}

resource "aws_ami_launch_permission" "org" {
  image_id         = "ami-0123456789abcdef0"
  organization_arn = "arn:aws:organizations::123456789012:organization/o-exampleorgid"
}

# A variable nobody set: unknown, so skipped.
variable "group" {
  type = string
}

resource "aws_ami_launch_permission" "configurable" {
  image_id = "ami-0123456789abcdef0"
  group    = var.group
}
