resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port           = 80
    lb_protocol       = "http" # expect: AWS-ELB-007
    instance_port     = 8080
    instance_protocol = "http"
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  }
}

resource "aws_elb" "db" {
  name               = "db"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port           = 5432
    lb_protocol       = "tcp" # expect: AWS-ELB-007
    instance_port     = 5432
    instance_protocol = "tcp"
  }
}
