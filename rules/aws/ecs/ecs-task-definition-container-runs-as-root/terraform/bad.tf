resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([ # expect: AWS-ECS-002
    { name = "app", image = "app:1.0", memory = 256, user = "root" },
  ])
}
