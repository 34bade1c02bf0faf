variable "capabilities" {
  type = list(string)
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name            = "app"
      image           = "app:1.0"
      memory          = 256
      linuxParameters = { capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] } }
    },
    { name = "sidecar", image = "sidecar:1.0", memory = 128 },
  ])
}

# A variable without a value: unknown, so skipped.
resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"
  container_definitions = jsonencode([
    {
      name            = "app"
      image           = "app:1.0"
      memory          = 256
      linuxParameters = { capabilities = { add = var.capabilities } }
    },
  ])
}
