resource "aws_lambda_function" "default" { # expect: AWS-LAMBDA-005
  function_name = "default"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
}

resource "aws_lambda_function" "passthrough" {
  function_name = "passthrough"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  tracing_config {
    mode = "PassThrough" # expect: AWS-LAMBDA-005
  }
}
