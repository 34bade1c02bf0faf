resource "aws_iam_policy" "support" {
  name = "support"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:Get*", "iam:List*", "iam:GenerateCredentialReport"], Resource = "*" },
      # Scoped to the caller's own user.
      { Effect = "Allow", Action = ["iam:CreateAccessKey", "iam:UpdateLoginProfile"], Resource = "arn:aws:iam::123456789012:user/$${aws:username}" },
      { Effect = "Deny", Action = "iam:*", Resource = "*" },
    ]
  })
}

# The actions come from a variable nobody set: unknown, so skipped.
variable "extra_actions" {
  type = list(string)
}

resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.extra_actions, Resource = "*" }]
  })
}
