variable "dlq_arn" {
  type = string
}

resource "aws_sqs_queue" "dlq" {
  name = "worker-dlq"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_lambda_function" "configurable" {
  function_name = "configurable"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"

  dead_letter_config {
    target_arn = var.dlq_arn
  }
}
