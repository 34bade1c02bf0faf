resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-003
  cluster_identifier  = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "slow" {
  cluster_identifier             = "slow"
  engine            = "neptune"
  skip_final_snapshot = true
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: AWS-NEPTUNE-003
}
