resource "aws_security_group" "windows" {
  name        = "windows"
  description = "windows hosts"

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-005
  }
}

resource "aws_security_group_rule" "rdp_range" {
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  protocol          = "tcp"
  from_port         = 3000
  to_port           = 4000
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-005
}
