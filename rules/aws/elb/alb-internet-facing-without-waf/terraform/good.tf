resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/abc"
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

# A variable nobody set: unknown, so skipped.
variable "internal" {
  type = bool
}

resource "aws_lb" "configurable" {
  name     = "configurable"
  internal = var.internal
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
