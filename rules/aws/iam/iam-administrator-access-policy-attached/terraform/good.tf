variable "policy_arn" {
  type = string
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = "auditor"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# A customer managed policy named like the AWS one is not the AWS managed policy.
resource "aws_iam_role_policy_attachment" "custom" {
  role       = "auditor"
  policy_arn = "arn:aws:iam::111122223333:policy/AdministratorAccessForBilling"
}

# A policy ARN that is not known: skipped.
resource "aws_iam_role_policy_attachment" "configurable" {
  role       = "auditor"
  policy_arn = var.policy_arn
}
