resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
  enable_cloudwatch_logs_exports = ["audit", "slowquery"]
}

variable "exports" {
  type = list(string)
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier             = "configurable"
  engine            = "neptune"
  skip_final_snapshot = true
  enable_cloudwatch_logs_exports = var.exports
}
