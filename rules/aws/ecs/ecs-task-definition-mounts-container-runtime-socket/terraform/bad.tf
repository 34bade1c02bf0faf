resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([{
    name  = "agent"
    image = "public.ecr.aws/example/agent:1.0"
    mountPoints = [{ sourceVolume = "docker", containerPath = "/var/run/docker.sock" }]
  }])

  volume {
    name      = "docker"
    host_path = "/var/run/docker.sock" # expect: AWS-ECS-010
  }
}

resource "aws_ecs_task_definition" "collector" {
  family = "collector"
  container_definitions = jsonencode([{
    name  = "collector"
    image = "public.ecr.aws/example/collector:2.3"
  }])

  volume {
    name      = "run"
    host_path = "/run/" # expect: AWS-ECS-010
  }
}
