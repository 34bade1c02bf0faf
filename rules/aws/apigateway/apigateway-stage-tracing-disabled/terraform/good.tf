resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "abc123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

# HTTP APIs cannot trace with X-Ray.
resource "aws_apigatewayv2_stage" "http" {
  api_id = "f6g7h8i9j0"
  name   = "$default"
}

# A variable nobody set: unknown, so skipped.
variable "tracing" {
  type = bool
}

resource "aws_api_gateway_stage" "configurable" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "abc123"
  stage_name           = "test"
  xray_tracing_enabled = var.tracing
}
