resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([ # expect: AWS-ECS-001
    { name = "agent", image = "agent:1.0", privileged = true, memory = 256 },
  ])
}
