resource "aws_codebuild_project" "app" {
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
    type     = "BITBUCKET"
    location = "https://ci:s3cr3t-pass@bitbucket.org/acme/app.git" # expect: AWS-CODEBUILD-006
  }
}

resource "aws_codebuild_project" "tools" {
  name         = "tools"
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
    type     = "BITBUCKET"
    location = "https://x-token-auth:ATBB4f9a8b7c6d5e4f3a2b1c@bitbucket.org/acme/tools.git" # expect: AWS-CODEBUILD-006
  }
}
