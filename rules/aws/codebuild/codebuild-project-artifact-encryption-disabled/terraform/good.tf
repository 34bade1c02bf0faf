resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type     = "S3"
    location = "example-build-artifacts"
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

resource "aws_codebuild_project" "none" {
  name         = "none"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/none.git"
  }
}

# The type comes from a variable nobody set: unknown, so skipped.
variable "artifact_type" {
  type = string
}

resource "aws_codebuild_project" "configurable" {
  name         = "configurable"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type                = var.artifact_type
    encryption_disabled = true
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/configurable.git"
  }
}
