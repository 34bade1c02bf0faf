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

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

resource "aws_security_group" "bastion" {
  name = "bastion"
}

resource "aws_eks_node_group" "no_ssh" {
  node_group_name = "no-ssh"
  cluster_name    = "platform"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-a", "subnet-b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }
}

variable "ssh_sources" {
  type = list(string)
}

resource "aws_eks_node_group" "configurable" {
  node_group_name = "configurable"
  cluster_name    = "platform"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-a", "subnet-b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.ssh_sources
  }
}
