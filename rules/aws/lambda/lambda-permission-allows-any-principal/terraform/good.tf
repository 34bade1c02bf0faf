resource "aws_lambda_permission" "api" {
  statement_id  = "AllowApiGateway"
  action        = "lambda:InvokeFunction"
  function_name = "api"
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:aws:execute-api:eu-west-1:111122223333:abcdef1234/*"
}

# Any principal, but only from the organization.
resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrganization"
  action           = "lambda:InvokeFunction"
  function_name    = "shared"
  principal        = "*"
  principal_org_id = "o-exampleorgid"
}

# The principal comes from a variable nobody set: unknown, so skipped.
variable "principal" {
  type = string
}

resource "aws_lambda_permission" "configurable" {
  statement_id  = "AllowConfigured"
  action        = "lambda:InvokeFunction"
  function_name = "worker"
  principal     = var.principal
}
