resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = true
}

resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "restored"
  snapshot_identifier = "graph-final"
}

variable "encrypted" {
  type = bool
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier  = "configurable"
  engine            = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = var.encrypted
}
