resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = true
}

variable "upgrades" {
  type = bool
}

resource "aws_dms_replication_instance" "configurable" {
  replication_instance_id    = "configurable"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = var.upgrades
}
