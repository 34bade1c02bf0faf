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
    type     = "GITHUB_ENTERPRISE"
    location = "https://git.example.internal/acme/app.git"
  }
}

resource "aws_codebuild_project" "strict" {
  name         = "strict"
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
    type     = "GITHUB_ENTERPRISE"
    location = "https://git.example.internal/acme/strict.git"
    insecure_ssl = false
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "insecure_ssl" {
  type = bool
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
    type     = "GITHUB_ENTERPRISE"
    location = "https://git.example.internal/acme/configurable.git"
    insecure_ssl = var.insecure_ssl
  }
}
