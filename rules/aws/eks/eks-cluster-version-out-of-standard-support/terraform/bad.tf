resource "aws_eks_cluster" "platform" {
  name     = "platform"
  version  = "1.29" # expect: AWS-EKS-005
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-a", "subnet-b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}

variable "k8s_version" {
  default = "1.33"
}

resource "aws_eks_cluster" "pinned" {
  name     = "pinned"
  version  = var.k8s_version # expect: AWS-EKS-005
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-a", "subnet-b"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
}
