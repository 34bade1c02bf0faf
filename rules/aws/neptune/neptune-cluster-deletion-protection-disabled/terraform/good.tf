resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = false
  deletion_protection = true
}

variable "protect" {
  type = bool
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier  = "configurable"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = false
  deletion_protection = var.protect
}
