resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "app" { # expect: AWS-EFS-006
  file_system_id = aws_efs_file_system.shared.id
  root_directory {
    path = "/app"
  }
}
