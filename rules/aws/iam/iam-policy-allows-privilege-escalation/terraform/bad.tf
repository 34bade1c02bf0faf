resource "aws_iam_policy" "iam_admin" {
  name = "iam-admin"
  policy = jsonencode({ # expect: AWS-IAM-003
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*" }]
  })
}

resource "aws_iam_user_policy" "helpdesk" {
  name = "helpdesk"
  user = "helpdesk"
  policy = jsonencode({ # expect: AWS-IAM-003
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["iam:List*", "iam:Get*"], Resource = "*" },
      { Effect = "Allow", Action = ["iam:CreateAccessKey", "iam:UpdateLoginProfile"], Resource = "*" },
    ]
  })
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })

  inline_policy {
    name = "self-service"
    policy = jsonencode({ # expect: AWS-IAM-003
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "iam:Attach*Policy", Resource = "*" }]
    })
  }
}
