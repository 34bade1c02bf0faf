resource "aws_neptune_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "neptune"
  storage_encrypted           = true
  backup_retention_period     = 14
}

variable "retention" {
  type = number
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier          = "configurable"
  engine                      = "neptune"
  storage_encrypted           = true
  backup_retention_period     = var.retention
}
