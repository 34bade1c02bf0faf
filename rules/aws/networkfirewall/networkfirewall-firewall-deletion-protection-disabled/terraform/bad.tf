resource "aws_networkfirewall_firewall" "egress" { # expect: AWS-NETWORKFIREWALL-001
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}

resource "aws_networkfirewall_firewall" "ingress" {
  name                = "ingress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"
  delete_protection   = false # expect: AWS-NETWORKFIREWALL-001

  subnet_mapping {
    subnet_id = "subnet-0123456789abcdef0"
  }
}
