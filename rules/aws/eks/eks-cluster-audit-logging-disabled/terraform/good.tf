resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

# The log types come from a variable nobody set: unknown, so skipped.
variable "log_types" {
  type = list(string)
}

resource "aws_eks_cluster" "configurable" {
  name                      = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  enabled_cluster_log_types = var.log_types
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}
