resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "legacy file server"

  ingress {
    from_port   = 21
    to_port     = 21
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-012
  }

  ingress {
    from_port   = 137
    to_port     = 139
    protocol    = "udp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "files" {
  name        = "files"
  description = "file shares"
}

resource "aws_vpc_security_group_ingress_rule" "smb" {
  security_group_id = aws_security_group.files.id
  ip_protocol       = "tcp"
  from_port         = 400
  to_port           = 500
  cidr_ipv6         = "::/0" # expect: AWS-EC2-012
}

resource "aws_security_group_rule" "netbios" {
  type              = "ingress"
  security_group_id = aws_security_group.files.id
  protocol          = "udp"
  from_port         = 137
  to_port           = 138
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS-EC2-012
}
