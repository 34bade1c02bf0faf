resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
  posix_user {
    uid = 1001
    gid = 1001
  }
  root_directory {
    path = "/app"
  }
}
