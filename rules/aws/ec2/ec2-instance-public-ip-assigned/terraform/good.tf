resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = false
  }
}

# A variable nobody set: unknown, so skipped.
variable "public" {
  type = bool
}

resource "aws_launch_configuration" "configurable" {
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.small"
  associate_public_ip_address = var.public
}
