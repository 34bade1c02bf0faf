resource "aws_efs_file_system" "shared" { # expect: AWS-EFS-003
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system" "alias" {
  creation_token = "alias"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:alias/aws/elasticfilesystem" # expect: AWS-EFS-003
}
