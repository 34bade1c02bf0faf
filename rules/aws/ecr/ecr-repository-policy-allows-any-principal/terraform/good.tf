variable "policy" {
  type = string
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
    }]
  })
}

# No policy at all.
resource "aws_ecr_repository" "private" {
  name = "private"
}

# The policy comes from a variable without a value: unknown, so skipped.
resource "aws_ecr_repository" "configurable" {
  name = "configurable"
}

resource "aws_ecr_repository_policy" "configurable" {
  repository = aws_ecr_repository.configurable.name
  policy     = var.policy
}
