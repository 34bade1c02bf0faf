resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({ # expect: AWS-IAM-001
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

locals {
  everything = ["*"]
}

resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })

  inline_policy {
    name = "everything"
    policy = jsonencode({ # expect: AWS-IAM-001
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = local.everything, Resource = local.everything }]
    })
  }
}

# A heredoc through a local; a condition narrows when, not what.
locals {
  ops_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*",
         "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}
      ]
    }
  JSON
}

resource "aws_iam_role_policy" "ops" {
  name   = "ops"
  role   = aws_iam_role.ci.id
  policy = local.ops_policy # expect: AWS-IAM-001
}

# The usual Terraform idiom: a policy document data source, evaluated offline.
data "aws_iam_policy_document" "break_glass" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "break_glass" {
  name   = "break-glass"
  policy = data.aws_iam_policy_document.break_glass.json # expect: AWS-IAM-001
}
