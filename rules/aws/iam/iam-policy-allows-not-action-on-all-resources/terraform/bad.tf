resource "aws_iam_policy" "power_user" {
  name = "power-user"
  policy = jsonencode({ # expect: AWS-IAM-005
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}
