variable "bootstrap" {
  type = string
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
    echo "password=$DB_PASSWORD" > /etc/app/db.conf
  EOT
}

# A variable without a value: unknown, so skipped.
resource "aws_launch_template" "web" {
  name_prefix   = "web"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode(var.bootstrap)
}

# No user data.
resource "aws_instance" "plain" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
