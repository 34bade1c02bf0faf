variable "encryption_type" {
  type = string
}

resource "aws_ecr_repository" "app" {
  name = "app"

  encryption_configuration {
    encryption_type = "KMS"
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_ecr_repository" "configurable" {
  name = "configurable"

  encryption_configuration {
    encryption_type = var.encryption_type
  }
}
