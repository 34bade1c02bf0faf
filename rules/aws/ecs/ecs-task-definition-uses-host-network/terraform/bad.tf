resource "aws_ecs_task_definition" "agent" {
  family       = "agent"
  network_mode = "host" # expect: AWS-ECS-003
  container_definitions = jsonencode([
    { name = "agent", image = "agent:1.0", memory = 256 },
  ])
}
