resource "aws_eks_node_group" "workers" {
  node_group_name = "workers"
  cluster_name    = "platform"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-a", "subnet-b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }

  remote_access { # expect: AWS-EKS-004
    ec2_ssh_key = "ops"
  }
}
