resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/example/app:1.0"
  }])

  volume {
    name      = "logs"
    host_path = "/var/log/app"
  }

  volume {
    name = "scratch"
  }
}

variable "host_path" {
  type = string
}

resource "aws_ecs_task_definition" "configurable" {
  family = "configurable"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/example/app:1.0"
  }])

  volume {
    name      = "data"
    host_path = var.host_path
  }
}
