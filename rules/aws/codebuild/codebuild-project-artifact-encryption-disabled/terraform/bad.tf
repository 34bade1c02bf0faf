resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "S3"
    location            = "example-build-artifacts"
    encryption_disabled = true # expect: AWS-CODEBUILD-003
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

resource "aws_codebuild_project" "multi" {
  name         = "multi"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  secondary_artifacts {
    artifact_identifier = "reports"
    type                = "S3"
    location            = "example-build-reports"
    encryption_disabled = true # expect: AWS-CODEBUILD-003
  }
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
    location = "https://github.com/example/multi.git"
  }
}
