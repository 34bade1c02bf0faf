resource "aws_elb" "web" { # expect: AWS-ELB-008
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_elb" "api" {
  name               = "api"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket  = "my-elb-logs"
    enabled = false # expect: AWS-ELB-008
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
