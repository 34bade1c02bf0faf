resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.8" # expect: AWS-LAMBDA-001
  filename      = "worker.zip"
}

locals {
  node = "nodejs16.x"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = local.node # expect: AWS-LAMBDA-001
  filename      = "api.zip"
}
