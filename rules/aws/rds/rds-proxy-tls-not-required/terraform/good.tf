resource "aws_db_proxy" "app" {
  name           = "app"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/proxy"
  vpc_subnet_ids = ["subnet-a", "subnet-b"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
  }
  require_tls    = true
}

variable "tls" {
  type = bool
}

resource "aws_db_proxy" "configurable" {
  name           = "configurable"
  engine_family  = "POSTGRESQL"
  role_arn       = "arn:aws:iam::123456789012:role/proxy"
  vpc_subnet_ids = ["subnet-a", "subnet-b"]

  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
  }
  require_tls    = var.tls
}
