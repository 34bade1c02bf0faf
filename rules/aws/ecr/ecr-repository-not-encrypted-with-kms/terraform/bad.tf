resource "aws_ecr_repository" "default" { # expect: AWS-ECR-004
  name = "default"
}

resource "aws_ecr_repository" "aes" {
  name = "aes"

  encryption_configuration {
    encryption_type = "AES256" # expect: AWS-ECR-004
  }
}
