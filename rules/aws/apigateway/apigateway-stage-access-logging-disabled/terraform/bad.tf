resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGATEWAY-001
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"
  stage_name    = "prod"
}

resource "aws_apigatewayv2_stage" "default" { # expect: AWS-APIGATEWAY-001
  api_id      = "a1b2c3"
  name        = "$default"
  auto_deploy = true
}
