resource "aws_security_group" "web" {
  name        = "web"
  description = "public web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # SMB only from the office range.
  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["192.168.10.0/24"]
  }

  # UDP 21 is not FTP.
  ingress {
    from_port   = 21
    to_port     = 21
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The source comes from a variable nobody set: unknown, so skipped.
variable "vnc_sources" {
  type = list(string)
}

resource "aws_security_group" "desktop" {
  name        = "desktop"
  description = "remote desktop"

  ingress {
    from_port   = 5900
    to_port     = 5900
    protocol    = "tcp"
    cidr_blocks = var.vnc_sources
  }
}
