variable "key_status" {
  type = string
}

resource "aws_iam_access_key" "retired" {
  user   = "ci"
  status = "Inactive"
}

# A status that is not known: skipped.
resource "aws_iam_access_key" "configurable" {
  user   = "ci"
  status = var.key_status
}
