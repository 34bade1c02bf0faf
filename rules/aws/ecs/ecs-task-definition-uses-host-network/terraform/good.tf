variable "network_mode" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family       = "app"
  network_mode = "awsvpc"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
  ])
}

# Not written: bridge.
resource "aws_ecs_task_definition" "default" {
  family = "default"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
  ])
}

# A variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family       = "configurable"
  network_mode = var.network_mode
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
  ])
}
