resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-001
  cluster_identifier  = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "explicit" {
  cluster_identifier  = "explicit"
  engine            = "neptune"
  skip_final_snapshot = true
  storage_encrypted   = false # expect: AWS-NEPTUNE-001
}
