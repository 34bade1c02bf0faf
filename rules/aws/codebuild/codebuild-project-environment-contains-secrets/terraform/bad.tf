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
    environment_variable {
      name  = "NODE_ENV"
      value = "production"
    }
    environment_variable {
      name  = "NPM_TOKEN"
      value = "npm_4f9a8b7c6d5e4f3a2b1c" # expect: AWS-CODEBUILD-002
    }
    environment_variable {
      name  = "DB_PASSWORD"
      type  = "PLAINTEXT"
      value = "hunter22-prod" # expect: AWS-CODEBUILD-002
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
