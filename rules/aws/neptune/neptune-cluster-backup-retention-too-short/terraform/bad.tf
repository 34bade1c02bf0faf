resource "aws_neptune_cluster" "app" { # expect: AWS-NEPTUNE-005
  cluster_identifier          = "app"
  engine                      = "neptune"
  storage_encrypted           = true
}

resource "aws_neptune_cluster" "short" {
  cluster_identifier          = "short"
  engine                      = "neptune"
  storage_encrypted           = true
  backup_retention_period     = 3 # expect: AWS-NEPTUNE-005
}
