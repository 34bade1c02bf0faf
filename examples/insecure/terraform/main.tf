# A small, deliberately insecure Terraform configuration for trying Parapet.

variable "environment" {
  default = "staging"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

locals {
  name_prefix = "shop-${var.environment}"
}

resource "aws_security_group" "bastion" {
  name        = "${local.name_prefix}-bastion"
  description = "SSH to the bastion"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

module "assets" {
  source      = "./modules/bucket"
  name        = "${local.name_prefix}-assets"
  public_site = true
}

module "logs" {
  source = "./modules/bucket"
  name   = "${local.name_prefix}-logs"
}
