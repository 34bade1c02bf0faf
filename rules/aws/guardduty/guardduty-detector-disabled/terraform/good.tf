variable "enable" {
  type = bool
}

# Not written: enabled.
resource "aws_guardduty_detector" "main" {}

# A variable without a value: unknown, so skipped.
resource "aws_guardduty_detector" "configurable" {
  enable = var.enable
}
