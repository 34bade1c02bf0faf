resource "aws_guardduty_detector" "legacy" {
  enable = true

  datasources {
    kubernetes {
      audit_logs {
        enable = false # expect: AWS-GUARDDUTY-003
      }
    }
  }
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "off" {
  detector_id = aws_guardduty_detector.main.id
  name        = "EKS_AUDIT_LOGS"
  status      = "DISABLED" # expect: AWS-GUARDDUTY-003
}
