resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([ # expect: AWS-ECS-007
    {
      name            = "agent"
      image           = "agent:1.0"
      memory          = 256
      linuxParameters = { capabilities = { add = ["SYS_ADMIN", "NET_BIND_SERVICE"] } }
    },
  ])
}
