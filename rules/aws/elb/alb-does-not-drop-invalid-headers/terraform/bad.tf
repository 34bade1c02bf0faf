resource "aws_lb" "web" { # expect: AWS-ELB-003
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_alb" "api" {
  name                       = "api"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = false # expect: AWS-ELB-003
}
