resource "aws_appsync_graphql_api" "default" { # expect: AWS-APPSYNC-003
  name                = "default"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_graphql_api" "enabled" {
  name                 = "enabled"
  authentication_type  = "AWS_IAM"
  introspection_config = "ENABLED" # expect: AWS-APPSYNC-003
}
