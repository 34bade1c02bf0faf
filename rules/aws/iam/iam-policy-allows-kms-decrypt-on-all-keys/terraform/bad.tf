resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({ # expect: AWS-IAM-013
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "kms_all" {
  name = "kms-all"
  policy = jsonencode({ # expect: AWS-IAM-013
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "kms:*"
      Resource = "arn:aws:kms:*:111122223333:key/*"
    }]
  })
}
