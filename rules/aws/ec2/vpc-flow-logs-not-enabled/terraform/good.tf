resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# The flow log's VPC comes from a variable nobody set: it may be this VPC, so skipped.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "configurable" {
  vpc_id       = var.vpc_id
  traffic_type = "ALL"
}
