resource "aws_eks_cluster" "main" { # expect: AWS-EKS-003
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_eks_cluster" "ops" {
  name                      = "ops"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "scheduler"] # expect: AWS-EKS-003
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}
