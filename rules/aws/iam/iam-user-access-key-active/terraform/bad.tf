resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # expect: AWS-IAM-010
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "explicit" {
  user   = aws_iam_user.ci.name
  status = "Active" # expect: AWS-IAM-010
}
