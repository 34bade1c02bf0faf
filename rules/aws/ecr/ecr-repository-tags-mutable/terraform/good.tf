variable "mutability" {
  type = string
}

resource "aws_ecr_repository" "immutable" {
  name                 = "immutable"
  image_tag_mutability = "IMMUTABLE"
}

# A variable without a value: unknown, so skipped.
resource "aws_ecr_repository" "configurable" {
  name                 = "configurable"
  image_tag_mutability = var.mutability
}
