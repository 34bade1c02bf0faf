resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "alice_inline" {
  name = "read-logs"
  user = aws_iam_user.alice.name # expect: AWS-IAM-007
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "logs:Get*", Resource = "*" }]
  })
}

resource "aws_iam_user_policy_attachment" "alice_managed" {
  user       = aws_iam_user.alice.name # expect: AWS-IAM-007
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  users      = [aws_iam_user.alice.name] # expect: AWS-IAM-007
  groups     = ["ops"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
