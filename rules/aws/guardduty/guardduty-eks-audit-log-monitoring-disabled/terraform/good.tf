variable "status" {
  type = string
}

# Not configured: GuardDuty's default applies.
resource "aws_guardduty_detector" "default" {
  enable = true
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "on" {
  detector_id = aws_guardduty_detector.main.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector" "configurable" {
  enable = true
}

# A status that is not known: skipped.
resource "aws_guardduty_detector_feature" "configurable" {
  detector_id = aws_guardduty_detector.configurable.id
  name        = "EKS_AUDIT_LOGS"
  status      = var.status
}
