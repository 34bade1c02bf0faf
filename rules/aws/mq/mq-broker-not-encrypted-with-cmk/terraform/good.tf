variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "mq" {
  description = "mq"
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"

  user {
    username = "app"
    password = var.mq_password
  }

  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_kms_key.mq.arn
  }
}
