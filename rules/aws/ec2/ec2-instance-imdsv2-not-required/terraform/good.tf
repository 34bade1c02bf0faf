resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

# No metadata service at all.
resource "aws_launch_template" "isolated" {
  name_prefix = "isolated-"
  image_id    = "ami-0123456789abcdef0"
  metadata_options {
    http_endpoint = "disabled"
  }
}

# The instance takes its metadata options from the launch template.
resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0123456789abcdef0"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.app.id
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "http_tokens" {
  type = string
}

resource "aws_instance" "configurable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = var.http_tokens
  }
}
