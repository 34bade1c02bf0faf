resource "aws_iam_role" "public" {
  name = "public"
  assume_role_policy = jsonencode({ # expect: AWS-IAM-004
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

locals {
  trust = <<-JSON
    {"Version": "2012-10-17",
     "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"}]}
  JSON
}

resource "aws_iam_role" "via_local" {
  name               = "via-local"
  assume_role_policy = local.trust # expect: AWS-IAM-004
}
