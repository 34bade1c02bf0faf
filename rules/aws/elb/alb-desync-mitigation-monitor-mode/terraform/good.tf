resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "strict" {
  name                   = "strict"
  subnets                = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  desync_mitigation_mode = "strictest"
}

# A variable nobody set: unknown, so skipped.
variable "mode" {
  type = string
}

resource "aws_lb" "configurable" {
  name                   = "configurable"
  subnets                = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  desync_mitigation_mode = var.mode
}
