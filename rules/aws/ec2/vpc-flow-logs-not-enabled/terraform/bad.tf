resource "aws_vpc" "main" { # expect: AWS-EC2-009
  cidr_block = "10.0.0.0/16"
}

# A flow log that exists only when a flag is on, and the flag is off.
variable "flow_logs" {
  default = false
}

resource "aws_vpc" "edge" { # expect: AWS-EC2-009
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "edge" {
  count        = var.flow_logs ? 1 : 0
  vpc_id       = aws_vpc.edge.id
  traffic_type = "ALL"
}
