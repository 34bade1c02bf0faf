variable "api_token" {
  type    = string
  default = "tok_live_4f9a8b7c6d5e"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "api.zip"

  environment {
    variables = {
      TABLE_NAME  = "orders"
      DB_PASSWORD = "hunter2-prod" # expect: AWS-LAMBDA-004
      API_TOKEN   = var.api_token # expect: AWS-LAMBDA-004
    }
  }
}
