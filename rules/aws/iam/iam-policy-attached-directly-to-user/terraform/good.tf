variable "users" {
  type = list(string)
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "groups_only" {
  name       = "groups-only"
  groups     = [aws_iam_group.ops.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# A list of users that is not known: skipped.
resource "aws_iam_policy_attachment" "configurable" {
  name       = "configurable"
  users      = var.users
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
