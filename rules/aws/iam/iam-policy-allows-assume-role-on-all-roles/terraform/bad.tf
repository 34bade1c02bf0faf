resource "aws_iam_role_policy" "ci" {
  name = "ci"
  role = "ci"
  policy = jsonencode({ # expect: AWS-IAM-012
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "sts_all" {
  name = "sts-all"
  policy = jsonencode({ # expect: AWS-IAM-012
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["sts:*"]
      Resource = "arn:aws:iam::*:role/*"
    }]
  })
}
