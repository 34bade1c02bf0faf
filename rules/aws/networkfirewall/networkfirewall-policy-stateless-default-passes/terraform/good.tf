resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:drop"]
  }
}

# A variable nobody set: unknown, so skipped.
variable "default_actions" {
  type = list(string)
}

resource "aws_networkfirewall_firewall_policy" "configurable" {
  name = "configurable"

  firewall_policy {
    stateless_default_actions          = var.default_actions
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}
