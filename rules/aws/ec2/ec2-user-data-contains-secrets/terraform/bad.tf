locals {
  db_script = <<-EOT
    #!/bin/bash
    mysql -h db.internal -u app --password=hunter2prod < /opt/schema.sql
  EOT
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n" # expect: AWS-EC2-011
}

resource "aws_launch_template" "web" {
  name_prefix   = "web"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode(local.db_script) # expect: AWS-EC2-011
}
