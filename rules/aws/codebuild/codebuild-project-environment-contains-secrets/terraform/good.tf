# The value comes from a variable nobody set: unknown, so skipped.
variable "deploy_token" {
  type      = string
  sensitive = true
}

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
      type  = "SECRETS_MANAGER"
      value = "ci/npm:token"
    }
    environment_variable {
      name  = "DB_PASSWORD"
      type  = "PARAMETER_STORE"
      value = "/ci/db/password"
    }
    environment_variable {
      name  = "DB_PASSWORD_SECRET_ARN"
      value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"
    }
    environment_variable {
      name  = "DEPLOY_TOKEN"
      value = var.deploy_token
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
