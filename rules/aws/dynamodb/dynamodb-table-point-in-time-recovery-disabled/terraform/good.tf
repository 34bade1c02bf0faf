resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
}

# The setting comes from a variable nobody set: unknown, so skipped.
variable "pitr" {
  type = bool
}

resource "aws_dynamodb_table" "configurable" {
  name         = "configurable"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = var.pitr
  }
}
