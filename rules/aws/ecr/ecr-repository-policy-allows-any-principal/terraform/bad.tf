resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({ # expect: AWS-ECR-003
    Version = "2012-10-17"
    Statement = [
      { Sid = "Team", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "ecr:*" },
      { Sid = "Everyone", Effect = "Allow", Principal = "*", Action = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"] },
    ]
  })
}
