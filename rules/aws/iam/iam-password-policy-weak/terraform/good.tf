variable "min_length" {
  type = number
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  allow_users_to_change_password = true
}

# A variable without a value: unknown, so skipped.
resource "aws_iam_account_password_policy" "configurable" {
  minimum_password_length   = var.min_length
  password_reuse_prevention = 24
}
