resource "aws_codebuild_project" "images" {
  name         = "images"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    privileged_mode = true # expect: AWS-CODEBUILD-001
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/images.git"
  }
}
