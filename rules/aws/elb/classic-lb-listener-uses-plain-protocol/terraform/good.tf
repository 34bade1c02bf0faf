resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }

  listener {
    lb_port            = 8443
    lb_protocol        = "ssl"
    instance_port      = 8443
    instance_protocol  = "ssl"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}

# A variable nobody set: unknown, so skipped.
variable "protocol" {
  type = string
}

resource "aws_elb" "configurable" {
  name               = "configurable"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port           = 443
    lb_protocol       = var.protocol
    instance_port     = 8080
    instance_protocol = "http"
  }
}
