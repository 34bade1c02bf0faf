resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group" "db" {
  name = "db"

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }

  ingress {
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The port comes from a variable nobody set: unknown, so skipped.
variable "port" {
  type = number
}

resource "aws_security_group_rule" "configurable" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  protocol          = "tcp"
  from_port         = var.port
  to_port           = var.port
  cidr_blocks       = ["0.0.0.0/0"]
}

# Every port from anywhere is AWS-EC2-007's finding, not this rule's.
resource "aws_security_group_rule" "everything" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
