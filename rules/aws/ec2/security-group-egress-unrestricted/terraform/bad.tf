resource "aws_security_group" "app" {
  name        = "app"
  description = "application"

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-008
  }
}

resource "aws_vpc_security_group_egress_rule" "all6" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # expect: AWS-EC2-008
}
