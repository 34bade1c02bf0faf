resource "aws_lb" "web" { # expect: AWS-ELB-004
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "api" {
  name               = "api"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]

  access_logs {
    bucket  = "my-lb-logs"
    enabled = false # expect: AWS-ELB-004
  }
}

# A bucket alone does not turn logging on.
resource "aws_alb" "admin" {
  name    = "admin"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]

  access_logs { # expect: AWS-ELB-004
    bucket = "my-lb-logs"
  }
}
