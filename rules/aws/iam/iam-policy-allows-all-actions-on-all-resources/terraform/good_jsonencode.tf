variable "actions" {
  type = list(string)
}

resource "aws_s3_bucket" "reports" {
  bucket = "reports"
}

# The actions come from a variable with no value: unknown, so skipped, not reported.
resource "aws_iam_policy" "maybe" {
  name = "maybe"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.actions
      Resource = "*"
    }]
  })
}

# A known narrow statement beside an unresolved ARN.
resource "aws_iam_policy" "reader" {
  name = "reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "${aws_s3_bucket.reports.arn}/*"
    }]
  })
}

data "aws_iam_policy_document" "maybe" {
  statement {
    actions   = var.actions
    resources = ["*"]
  }
}

resource "aws_iam_policy" "maybe_document" {
  name   = "maybe-document"
  policy = data.aws_iam_policy_document.maybe.json
}
