resource "aws_ebs_volume" "data" { # expect: AWS-EC2-002
  availability_zone = "eu-west-1a"
  size              = 100
}

variable "encrypt_scratch" {
  default = false
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt_scratch # expect: AWS-EC2-002
}
