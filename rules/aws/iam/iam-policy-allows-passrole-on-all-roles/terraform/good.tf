resource "aws_iam_role_policy" "launch" {
  name = "launch"
  role = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/app-server" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/app-*" },
      { Effect = "Allow", Action = "iam:Get*", Resource = "*" },
      { Effect = "Deny", Action = "iam:PassRole", Resource = "*" },
    ]
  })
}

# The role ARN comes from a variable nobody set: unknown, so skipped.
variable "app_role_arn" {
  type = string
}

resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = var.app_role_arn }]
  })
}
