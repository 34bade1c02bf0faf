resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
        Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
        Resource  = "*"
      },
      # A wildcard limited to the organization.
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["elasticfilesystem:ClientMount"]
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
      },
    ]
  })
}

# No policy at all.
resource "aws_efs_file_system" "private" {
  creation_token = "private"
  encrypted      = true
}

# The policy comes from a variable nobody set: unknown, so skipped.
variable "fs_policy" {
  type = string
}

resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "configurable" {
  file_system_id = aws_efs_file_system.configurable.id
  policy         = var.fs_policy
}
