# Terraform removes AWS's default allow-all egress rule: no egress at all.
resource "aws_security_group" "isolated" {
  name = "isolated"
}

resource "aws_security_group" "app" {
  name = "app"

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# The destination comes from a variable nobody set: unknown, so skipped.
variable "egress_cidrs" {
  type = list(string)
}

resource "aws_security_group_rule" "configurable" {
  type              = "egress"
  security_group_id = aws_security_group.app.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = var.egress_cidrs
}
