resource "aws_eks_cluster" "platform" {
  name     = "platform"
  version  = "1.35"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-a", "subnet-b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}

# Not written: EKS creates the cluster with a current version.
resource "aws_eks_cluster" "latest" {
  name     = "latest"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-a", "subnet-b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}

variable "k8s_version" {
  type = string
}

resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  version  = var.k8s_version
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-a", "subnet-b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}
