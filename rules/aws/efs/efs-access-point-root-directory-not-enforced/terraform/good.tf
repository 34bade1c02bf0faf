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

# The path comes from a variable nobody set: unknown, so skipped.
variable "root_path" {
  type = string
}

resource "aws_efs_access_point" "configurable" {
  file_system_id = aws_efs_file_system.shared.id
  root_directory {
    path = var.root_path
  }
}
