variable "user" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", memory = 256, user = "1000:1000" },
    # No user: the image decides, which is not known here, so skipped.
    { name = "sidecar", image = "sidecar:1.0", memory = 128 },
    # A variable without a value: unknown, so skipped.
    { name = "worker", image = "worker:1.0", memory = 128, user = var.user },
  ])
}
