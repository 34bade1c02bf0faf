resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "main"
  task_definition = "api:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-a", "subnet-b"]
  }
}

resource "aws_ecs_service" "bridge" {
  name            = "bridge"
  cluster         = "main"
  task_definition = "worker:1"
}

variable "public_ip" {
  type = bool
}

resource "aws_ecs_service" "configurable" {
  name            = "configurable"
  cluster         = "main"
  task_definition = "api:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-a", "subnet-b"]
    assign_public_ip = var.public_ip
  }
}
