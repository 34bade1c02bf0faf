# The provider sends false when it is not written.
resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
}

variable "public" {
  type = bool
}

resource "aws_dms_replication_instance" "configurable" {
  replication_instance_id    = "configurable"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = var.public
}
