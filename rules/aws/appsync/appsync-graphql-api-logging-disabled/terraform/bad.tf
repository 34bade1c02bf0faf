resource "aws_appsync_graphql_api" "shop" { # expect: AWS-APPSYNC-001
  name                = "shop"
  authentication_type = "AWS_IAM"
}
