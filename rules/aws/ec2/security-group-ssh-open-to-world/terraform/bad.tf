variable "admin_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "admin access"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs # expect: AWS-EC2-001
  }

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS-EC2-001
  }
}

resource "aws_security_group" "web" {
  name = "web"
}

resource "aws_security_group_rule" "web_ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 20
  to_port           = 30
  cidr_blocks       = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS-EC2-001
}

resource "aws_vpc_security_group_ingress_rule" "web_ssh6" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "6"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = "::/0" # expect: AWS-EC2-001
}
