variable "containers" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
    { name = "sidecar", image = "sidecar:1.0", privileged = false, memory = 128 },
  ])
}

# The definitions come from a variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family                = "configurable"
  container_definitions = var.containers
}
