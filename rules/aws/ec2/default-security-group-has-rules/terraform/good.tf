variable "rules" {
  type = list(object({ from_port = number, to_port = number, protocol = string }))
}

# No rules: Terraform removes all of them.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"
}

# Rules from a variable without a value: unknown, so skipped.
resource "aws_default_security_group" "configurable" {
  vpc_id = "vpc-0fedcba9876543210"

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port = ingress.value.from_port
      to_port   = ingress.value.to_port
      protocol  = ingress.value.protocol
    }
  }
}
