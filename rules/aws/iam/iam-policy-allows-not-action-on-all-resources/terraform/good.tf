resource "aws_iam_policy" "guardrail" {
  name = "guardrail"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ec2:Describe*"], Resource = "*" },
      # NotAction in a Deny is the intended use.
      { Effect = "Deny", NotAction = ["iam:*", "sts:*"], Resource = "*", Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } } },
      # Every action but IAM on one bucket only.
      { Effect = "Allow", NotAction = "iam:*", Resource = "arn:aws:s3:::example/*" },
    ]
  })
}

# The resource comes from a variable nobody set: unknown, so skipped.
variable "scope" {
  type = string
}

resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = var.scope }]
  })
}
