resource "aws_lambda_layer_version_permission" "public" {
  layer_name     = "arn:aws:lambda:eu-west-1:123456789012:layer:common"
  version_number = 3
  statement_id   = "everyone"
  action         = "lambda:GetLayerVersion"
  principal      = "*" # expect: AWS-LAMBDA-008
}
