resource "aws_security_group" "k8s" {
  name        = "k8s"
  description = "cluster"

  ingress {
    from_port   = 6443
    to_port     = 6443
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

# The sources come from a variable nobody set: unknown, so skipped.
variable "admin_cidrs" {
  type = list(string)
}

resource "aws_security_group_rule" "kubelet" {
  type              = "ingress"
  security_group_id = aws_security_group.k8s.id
  protocol          = "tcp"
  from_port         = 10250
  to_port           = 10250
  cidr_blocks       = var.admin_cidrs
}
