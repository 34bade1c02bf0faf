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
    account_ids = "All" # expect: AWS-SSM-002
  }
}
