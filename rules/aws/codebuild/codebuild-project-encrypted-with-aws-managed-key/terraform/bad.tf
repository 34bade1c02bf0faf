resource "aws_codebuild_project" "app" { # expect: AWS-CODEBUILD-005
  name         = "app"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

resource "aws_codebuild_project" "alias" {
  name         = "alias"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  encryption_key = "arn:aws:kms:eu-west-1:111122223333:alias/aws/s3" # expect: AWS-CODEBUILD-005
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/alias.git"
  }
}
