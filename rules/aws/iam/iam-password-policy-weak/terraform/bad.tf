resource "aws_iam_account_password_policy" "default" { # expect: AWS-IAM-006
  require_symbols = true
}

resource "aws_iam_account_password_policy" "short" {
  minimum_password_length   = 8 # expect: AWS-IAM-006
  password_reuse_prevention = 5 # expect: AWS-IAM-006
}
