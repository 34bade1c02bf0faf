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
    location = "https://bitbucket.org/acme/app.git"
  }
}

resource "aws_codebuild_project" "named" {
  name         = "named"
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
    location = "https://alice@bitbucket.org/acme/named.git"
  }
}

# The URL comes from a variable nobody set: unknown, so skipped.
variable "repository_url" {
  type = string
}

resource "aws_codebuild_project" "configurable" {
  name         = "configurable"
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
    location = var.repository_url
  }
}
