resource "aws_ssm_document" "bootstrap" {
  name          = "bootstrap"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Bootstrap"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "bootstrap"
      inputs = { runCommand = ["/opt/bootstrap.sh"] }
    }]
  })
  permissions = {
    type        = "Share"
    account_ids = "444455556666,777788889999"
  }
}

resource "aws_ssm_document" "private" {
  name          = "private"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Private"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "private"
      inputs = { runCommand = ["true"] }
    }]
  })
}

# The accounts come from a variable nobody set: unknown, so skipped.
variable "share_with" {
  type = string
}

resource "aws_ssm_document" "configurable" {
  name          = "configurable"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Configurable"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "configurable"
      inputs = { runCommand = ["true"] }
    }]
  })
  permissions = {
    type        = "Share"
    account_ids = var.share_with
  }
}
