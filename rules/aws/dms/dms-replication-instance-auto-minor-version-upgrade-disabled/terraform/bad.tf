resource "aws_dms_replication_instance" "migrate" { # expect: AWS-DMS-003
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "explicit" {
  replication_instance_id    = "explicit"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = false # expect: AWS-DMS-003
}
