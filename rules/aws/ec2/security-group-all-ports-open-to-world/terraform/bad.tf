resource "aws_security_group" "open" {
  name        = "open"
  description = "wide open"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-007
  }
}

resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  security_group_id = aws_security_group.open.id
  protocol          = "tcp"
  from_port         = 0
  to_port           = 65535
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-007
}
