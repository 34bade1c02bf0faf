resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # The root volume inherits the AMI snapshot's encryption.
  root_block_device {
    volume_size = 50
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
  }
  # From a snapshot: inherits the snapshot's encryption.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0123456789abcdef0"
  # The AMI's root device: inherits the AMI snapshot's encryption.
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
    }
  }
}

# Encryption comes from a variable nobody set: unknown, so skipped.
variable "encrypted" {
  type = bool
}

resource "aws_launch_template" "configurable" {
  name_prefix = "configurable-"
  image_id    = "ami-0123456789abcdef0"
  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      encrypted = var.encrypted
    }
  }
}
