resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:PutObject", "s3:GetObject"], Resource = "arn:aws:s3:::example-artifacts/*" },
      # Every action, but on one bucket only.
      { Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::example-scratch/*" },
      # Denying everything is not granting it.
      { Effect = "Deny", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

# The actions come from a variable nobody set: unknown, so skipped.
variable "actions" {
  type = list(string)
}

data "aws_iam_policy_document" "dynamic" {
  statement {
    actions   = var.actions
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_data" {
  name   = "from-data"
  policy = data.aws_iam_policy_document.dynamic.json
}

resource "aws_iam_role_policy" "configurable" {
  name = "configurable"
  role = "ci"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}

# A policy created only when a flag is on, and the flag is off.
variable "grant_admin" {
  default = false
}

resource "aws_iam_policy" "optional_admin" {
  count = var.grant_admin ? 1 : 0
  name  = "optional-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
