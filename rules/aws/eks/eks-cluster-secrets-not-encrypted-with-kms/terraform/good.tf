resource "aws_kms_key" "eks" {
  description         = "eks"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

# The key comes from a variable nobody set: unknown, so skipped.
variable "key_arn" {
  type = string
}

resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.key_arn
    }
  }
}
