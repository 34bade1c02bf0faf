resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

# Not written: true.
resource "aws_ebs_encryption_by_default" "implicit" {
}

# A variable nobody set: unknown, so skipped.
variable "encrypt" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "configurable" {
  enabled = var.encrypt
}
