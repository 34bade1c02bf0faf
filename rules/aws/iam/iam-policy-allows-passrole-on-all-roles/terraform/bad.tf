resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({ # expect: AWS-IAM-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["ec2:RunInstances", "iam:PassRole"]
      Resource  = "*"
      Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }
    }]
  })
}

variable "account_id" {
  default = "123456789012"
}

resource "aws_iam_role_policy" "iam_everything" {
  name = "iam-everything"
  role = "deployer"
  policy = jsonencode({ # expect: AWS-IAM-002
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "arn:aws:iam::${var.account_id}:role/*" }]
  })
}
