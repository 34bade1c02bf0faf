resource "aws_lambda_function" "worker" { # expect: AWS-LAMBDA-007
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
}
