resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "main"
  task_definition = "api:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-a", "subnet-b"]
    assign_public_ip = true # expect: AWS-ECS-009
  }
}
