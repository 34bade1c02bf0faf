resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config { # expect: AWS-EKS-001
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_eks_cluster" "ops" {
  name     = "ops"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"] # expect: AWS-EKS-001
  }
}
