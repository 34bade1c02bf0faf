variable "subnet_ids" {
  type = list(string)
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  vpc_config {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
