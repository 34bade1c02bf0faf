resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  # Inside the block, enabled is true unless written.
  access_logs {
    bucket = "my-elb-logs"
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

# A variable nobody set: unknown, so skipped.
variable "logs_enabled" {
  type = bool
}

resource "aws_elb" "configurable" {
  name               = "configurable"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket  = "my-elb-logs"
    enabled = var.logs_enabled
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
