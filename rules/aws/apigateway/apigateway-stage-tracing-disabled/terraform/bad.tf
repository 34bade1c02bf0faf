resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGATEWAY-004
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "abc123"
  stage_name           = "dev"
  xray_tracing_enabled = false # expect: AWS-APIGATEWAY-004
}
