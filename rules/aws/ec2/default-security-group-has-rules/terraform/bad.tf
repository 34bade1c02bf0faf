resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # expect: AWS-EC2-010
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # expect: AWS-EC2-010
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
