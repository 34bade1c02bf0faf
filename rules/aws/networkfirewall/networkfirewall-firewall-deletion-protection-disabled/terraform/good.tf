resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"
  delete_protection   = true

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

# A variable nobody set: unknown, so skipped.
variable "protect" {
  type = bool
}

resource "aws_networkfirewall_firewall" "configurable" {
  name                = "configurable"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"
  delete_protection   = var.protect

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}
