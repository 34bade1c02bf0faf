resource "aws_s3_bucket" "reports" {
  bucket = "reports"
}

# The second statement names another resource's ARN, which is not known before apply: the
# document is still read, statement by statement.
resource "aws_iam_policy" "ops" {
  name = "ops"
  policy = jsonencode({ # expect: AWS-IAM-001
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "${aws_s3_bucket.reports.arn}/*"
      },
    ]
  })
}

# The same through the data source: one statement names an unresolved ARN.
data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }

  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
  }
}

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = data.aws_iam_policy_document.deploy.json # expect: AWS-IAM-001
}
