resource "aws_lb" "web" { # expect: AWS-ELB-009
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_alb" "admin" { # expect: AWS-ELB-009
  name     = "admin"
  internal = false
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
