variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }

  logs {
    general = true
    audit   = true
  }
}

resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs {
    general = true
  }

  user {
    username = "app"
    password = var.mq_password
  }
}
