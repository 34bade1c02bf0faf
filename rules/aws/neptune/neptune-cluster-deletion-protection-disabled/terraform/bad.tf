resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-004
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = false
}

resource "aws_neptune_cluster" "explicit" {
  cluster_identifier  = "explicit"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = false
  deletion_protection = false # expect: AWS-NEPTUNE-004
}
