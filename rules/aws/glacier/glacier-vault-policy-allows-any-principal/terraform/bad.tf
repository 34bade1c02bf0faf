resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({ # expect: AWS-GLACIER-001
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
      Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
    }]
  })
}
