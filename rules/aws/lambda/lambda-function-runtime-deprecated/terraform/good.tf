resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
}

# A container image brings its own runtime.
resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::111122223333:role/image"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/image:latest"
}

# The runtime comes from a variable nobody set: unknown, so skipped.
variable "runtime" {
  type = string
}

resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/configurable"
  handler       = "app.handler"
  runtime       = var.runtime
  filename      = "configurable.zip"
}
