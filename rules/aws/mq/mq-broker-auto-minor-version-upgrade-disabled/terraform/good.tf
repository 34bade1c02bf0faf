variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }
  auto_minor_version_upgrade = true
}

variable "upgrades" {
  type = bool
}

resource "aws_mq_broker" "configurable" {
  broker_name                = "configurable"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }
  auto_minor_version_upgrade = var.upgrades
}
