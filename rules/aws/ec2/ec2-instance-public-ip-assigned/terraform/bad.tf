resource "aws_instance" "web" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: AWS-EC2-016
}

resource "aws_launch_template" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "true" # expect: AWS-EC2-016
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.small"
  associate_public_ip_address = true # expect: AWS-EC2-016
}
