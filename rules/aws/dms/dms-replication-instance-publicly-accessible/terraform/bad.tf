resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = true # expect: AWS-DMS-001
}
