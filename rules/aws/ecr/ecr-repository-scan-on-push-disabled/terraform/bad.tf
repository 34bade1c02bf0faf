resource "aws_ecr_repository" "default" { # expect: AWS-ECR-001
  name = "default"
}

resource "aws_ecr_repository" "off" {
  name = "off"

  image_scanning_configuration {
    scan_on_push = false # expect: AWS-ECR-001
  }
}
