resource "aws_dynamodb_table" "orders" {
  name                        = "orders"
  deletion_protection_enabled = true
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "protect" {
  type = bool
}

resource "aws_dynamodb_table" "configurable" {
  name                        = "configurable"
  deletion_protection_enabled = var.protect
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
