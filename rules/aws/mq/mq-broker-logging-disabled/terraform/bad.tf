variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" { # expect: AWS-MQ-002
  broker_name         = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "partial" {
  broker_name         = "partial"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "app"
    password = var.mq_password
  }

  logs { # expect: AWS-MQ-002
    general = true
  }
}

resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"

  logs {
    general = false # expect: AWS-MQ-002
  }

  user {
    username = "app"
    password = var.mq_password
  }
}
