resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([ # expect: AWS-ECS-004
    {
      name   = "app"
      image  = "app:1.0"
      memory = 256
      environment = [
        { name = "TABLE_NAME", value = "orders" },
        { name = "DB_PASSWORD", value = "hunter2-prod" },
      ]
    },
  ])
}
