resource "aws_neptune_cluster" "graph" { # expect: AWS-NEPTUNE-002
  cluster_identifier  = "graph"
  engine            = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "explicit" {
  cluster_identifier                  = "explicit"
  engine            = "neptune"
  skip_final_snapshot = true
  iam_database_authentication_enabled = false # expect: AWS-NEPTUNE-002
}
