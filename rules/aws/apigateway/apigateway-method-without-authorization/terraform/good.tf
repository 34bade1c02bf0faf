variable "authorization" {
  type = string
}

resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = "a1b2c3"
  resource_id   = "r4s5t6"
  http_method   = "GET"
  authorization = "AWS_IAM"
}

# CORS preflight.
resource "aws_api_gateway_method" "options_orders" {
  rest_api_id   = "a1b2c3"
  resource_id   = "r4s5t6"
  http_method   = "OPTIONS"
  authorization = "NONE"
}

# A variable without a value: unknown, so skipped.
resource "aws_api_gateway_method" "post_orders" {
  rest_api_id   = "a1b2c3"
  resource_id   = "r4s5t6"
  http_method   = "POST"
  authorization = var.authorization
}
