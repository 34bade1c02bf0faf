variable "containers" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name   = "app"
      image  = "app:1.0"
      memory = 256
      logConfiguration = {
        logDriver = "awslogs"
        options   = { awslogs-group = "/ecs/app", awslogs-region = "us-east-1", awslogs-stream-prefix = "app" }
      }
    },
  ])
}

# The definitions come from a variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family                = "configurable"
  container_definitions = var.containers
}
