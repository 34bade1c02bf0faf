resource "aws_lb" "web" {
  name                       = "web"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  enable_deletion_protection = true
}

# A variable nobody set: unknown, so skipped.
variable "protect" {
  type = bool
}

resource "aws_lb" "configurable" {
  name                       = "configurable"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  enable_deletion_protection = var.protect
}
