resource "aws_ecs_task_definition" "agent" {
  family   = "agent"
  pid_mode = "host" # expect: AWS-ECS-006
  ipc_mode = "host" # expect: AWS-ECS-006
  container_definitions = jsonencode([
    { name = "agent", image = "agent:1.0", memory = 256 },
  ])
}
