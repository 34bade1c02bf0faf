resource "aws_kms_key" "shared" {
  description         = "shared"
  enable_key_rotation = true
  policy = jsonencode({ # expect: AWS-KMS-002
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
      { Effect = "Allow", Principal = { AWS = "*" }, Action = ["kms:Decrypt", "kms:DescribeKey"], Resource = "*" },
    ]
  })
}
