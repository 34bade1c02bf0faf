resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "deployer_admin" {
  role       = aws_iam_role.deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: AWS-IAM-008
}

resource "aws_iam_group_policy_attachment" "admins" {
  group      = "admins"
  policy_arn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" # expect: AWS-IAM-008
}
