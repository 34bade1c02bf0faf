resource "aws_api_gateway_method" "get_orders" {
  rest_api_id      = "a1b2c3"
  resource_id      = "r4s5t6"
  http_method      = "GET"
  authorization    = "NONE" # expect: AWS-APIGATEWAY-003
  api_key_required = true
}
