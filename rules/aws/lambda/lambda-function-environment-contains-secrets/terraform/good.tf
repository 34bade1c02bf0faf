variable "stripe_api_key" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "api.zip"

  environment {
    variables = {
      TABLE_NAME             = "orders"
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      TOKEN_TTL              = "300"
      API_KEY_PARAMETER      = "/prod/api/key"
      # A variable without a value: unknown, so skipped.
      STRIPE_API_KEY = var.stripe_api_key
      # An empty value is not a secret.
      SMTP_PASSWORD = ""
    }
  }
}

# No environment at all.
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "worker.zip"
}
