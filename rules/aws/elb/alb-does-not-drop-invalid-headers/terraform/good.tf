resource "aws_lb" "web" {
  name                       = "web"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
}

# A network load balancer does not parse HTTP.
resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "drop_invalid" {
  type = bool
}

resource "aws_lb" "configurable" {
  name                       = "configurable"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = var.drop_invalid
}
