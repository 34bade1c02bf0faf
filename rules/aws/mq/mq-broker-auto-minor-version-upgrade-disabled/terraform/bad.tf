variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" { # expect: AWS-MQ-004
  broker_name         = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "explicit" {
  broker_name                = "explicit"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }
  auto_minor_version_upgrade = false # expect: AWS-MQ-004
}
