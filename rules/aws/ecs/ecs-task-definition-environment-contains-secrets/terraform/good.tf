variable "api_key" {
  type      = string
  sensitive = true
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name   = "app"
      image  = "app:1.0"
      memory = 256
      environment = [
        { name = "TABLE_NAME", value = "orders" },
        { name = "DB_PASSWORD_SECRET_ARN", value = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db" },
      ]
    },
  ])
}

# A variable without a value: the definitions are unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"
  container_definitions = jsonencode([
    {
      name        = "app"
      image       = "app:1.0"
      memory      = 256
      environment = [{ name = "API_KEY", value = var.api_key }]
    },
  ])
}
