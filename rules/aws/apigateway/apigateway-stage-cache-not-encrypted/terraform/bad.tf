resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "abc123"
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings { # expect: AWS-APIGATEWAY-005
    caching_enabled      = true
    cache_ttl_in_seconds = 300
  }
}

resource "aws_api_gateway_method_settings" "users" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "users/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false # expect: AWS-APIGATEWAY-005
  }
}
