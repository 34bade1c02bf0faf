variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "orders" { # expect: AWS-MQ-003
  broker_name        = "orders"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "explicit" {
  broker_name        = "explicit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.mq_password
  }

  encryption_options {
    use_aws_owned_key = true # expect: AWS-MQ-003
  }
}
