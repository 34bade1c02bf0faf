resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The source comes from a variable nobody set: unknown, so skipped.
variable "ssh_sources" {
  type = list(string)
}

resource "aws_security_group" "configurable" {
  name = "configurable"
  dynamic "ingress" {
    for_each = [22]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.ssh_sources
    }
  }
}

# Whether any of these blocks exists depends on a variable nobody set: skipped, not reported.
variable "maybe_ports" {
  type = list(number)
}

resource "aws_security_group" "maybe" {
  name = "maybe"
  dynamic "ingress" {
    for_each = var.maybe_ports
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
