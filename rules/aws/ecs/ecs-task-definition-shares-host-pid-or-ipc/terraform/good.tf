variable "pid_mode" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family   = "app"
  pid_mode = "task"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
  ])
}

# A variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family   = "configurable"
  pid_mode = var.pid_mode
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256 },
  ])
}
