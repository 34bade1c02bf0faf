resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # Every port, but only from inside the VPC.
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }

  # All outbound traffic is egress, not ingress.
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The protocol comes from a variable nobody set: unknown, so skipped.
variable "protocol" {
  type = string
}

resource "aws_security_group_rule" "configurable" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = var.protocol
  from_port         = 0
  to_port           = 65535
  cidr_blocks       = ["0.0.0.0/0"]
}
