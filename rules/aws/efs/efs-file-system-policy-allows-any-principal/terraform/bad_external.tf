# The file system is declared elsewhere: the policy is still checked.
resource "aws_efs_file_system_policy" "shared" {
  file_system_id = "fs-0123456789abcdef0"
  policy = jsonencode({ # expect: AWS-EFS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "elasticfilesystem:ClientMount"
      Resource  = "*"
    }]
  })
}
