resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ebs_block_device { # expect: AWS-EC2-004
    device_name = "/dev/sdf"
    volume_size = 100
  }
  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 100
    encrypted   = false # expect: AWS-EC2-004
  }
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0123456789abcdef0"
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      volume_size = 50
      encrypted   = "false" # expect: AWS-EC2-004
    }
  }
}
