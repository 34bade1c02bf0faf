resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]

  access_logs {
    bucket  = "my-lb-logs"
    enabled = true
  }
}

# Gateway load balancers have no access logs.
resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0123456789abcdef0"]
}

# A variable nobody set: unknown, so skipped.
variable "logs_enabled" {
  type = bool
}

resource "aws_lb" "configurable" {
  name    = "configurable"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]

  access_logs {
    bucket  = "my-lb-logs"
    enabled = var.logs_enabled
  }
}
