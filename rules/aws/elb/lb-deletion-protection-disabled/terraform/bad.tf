resource "aws_lb" "web" { # expect: AWS-ELB-005
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "api" {
  name                       = "api"
  load_balancer_type         = "network"
  subnets                    = ["subnet-0123456789abcdef0"]
  enable_deletion_protection = false # expect: AWS-ELB-005
}
