variable "role_arn" {
  type = string
}

resource "aws_iam_role_policy" "ci" {
  name = "ci"
  role = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = ["arn:aws:iam::111122223333:role/deploy/app-deployer"]
    }]
  })
}

resource "aws_iam_policy" "tagged" {
  name = "tagged"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Resource  = "*"
      Condition = { StringEquals = { "aws:ResourceTag/team" = "payments" } }
    }]
  })
}

# A role that is not known: skipped.
resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Resource = var.role_arn }]
  })
}
