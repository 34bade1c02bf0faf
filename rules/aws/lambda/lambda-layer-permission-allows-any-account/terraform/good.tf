resource "aws_lambda_layer_version_permission" "org" {
  layer_name      = "arn:aws:lambda:eu-west-1:123456789012:layer:common"
  version_number  = 3
  statement_id    = "org"
  action          = "lambda:GetLayerVersion"
  principal       = "*"
  organization_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_layer_version_permission" "partner" {
  layer_name     = "arn:aws:lambda:eu-west-1:123456789012:layer:common"
  version_number = 3
  statement_id   = "partner"
  action         = "lambda:GetLayerVersion"
  principal      = "210987654321"
}

variable "principal" {
  type = string
}

resource "aws_lambda_layer_version_permission" "configurable" {
  layer_name     = "arn:aws:lambda:eu-west-1:123456789012:layer:common"
  version_number = 3
  statement_id   = "configurable"
  action         = "lambda:GetLayerVersion"
  principal      = var.principal
}
