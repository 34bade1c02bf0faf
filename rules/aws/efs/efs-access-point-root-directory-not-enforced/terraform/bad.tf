resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "app" { # expect: AWS-EFS-005
  file_system_id = aws_efs_file_system.shared.id
  posix_user {
    uid = 1001
    gid = 1001
  }
}

resource "aws_efs_access_point" "batch" {
  file_system_id = aws_efs_file_system.shared.id
  posix_user {
    uid = 1002
    gid = 1002
  }
  root_directory {
    path = "/" # expect: AWS-EFS-005
  }
}
