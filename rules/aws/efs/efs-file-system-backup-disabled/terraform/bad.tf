resource "aws_efs_file_system" "shared" { # expect: AWS-EFS-004
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system" "scratch" {
  creation_token = "scratch"
  encrypted      = true
}

resource "aws_efs_backup_policy" "scratch" {
  file_system_id = aws_efs_file_system.scratch.id
  backup_policy {
    status = "DISABLED" # expect: AWS-EFS-004
  }
}
