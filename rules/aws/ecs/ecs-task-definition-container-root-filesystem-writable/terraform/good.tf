variable "read_only" {
  type = bool
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256, readonlyRootFilesystem = true },
  ])
}

# A variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256, readonlyRootFilesystem = var.read_only },
  ])
}
