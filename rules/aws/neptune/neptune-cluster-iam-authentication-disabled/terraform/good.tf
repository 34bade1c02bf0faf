resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
  iam_database_authentication_enabled = true
}

variable "iam" {
  type = bool
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier                  = "configurable"
  engine            = "neptune"
  skip_final_snapshot = true
  iam_database_authentication_enabled = var.iam
}
