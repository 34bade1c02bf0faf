resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

# Asymmetric signing keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

# Imported key material cannot rotate automatically.
resource "aws_kms_external_key" "imported" {
  description = "imported"
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "rotate" {
  type = bool
}

resource "aws_kms_key" "configurable" {
  description         = "configurable"
  enable_key_rotation = var.rotate
}
