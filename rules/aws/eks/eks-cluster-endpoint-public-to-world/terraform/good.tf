resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "office" {
  name     = "office"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}

# The ranges come from a variable nobody set: unknown, so skipped.
variable "api_cidrs" {
  type = list(string)
}

resource "aws_eks_cluster" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    public_access_cidrs = var.api_cidrs
  }
}
