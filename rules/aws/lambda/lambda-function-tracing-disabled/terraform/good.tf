variable "tracing_mode" {
  type = string
}

resource "aws_lambda_function" "traced" {
  function_name = "traced"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  tracing_config {
    mode = "Active"
  }
}

# The mode comes from a variable without a value: unknown, so skipped.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}
