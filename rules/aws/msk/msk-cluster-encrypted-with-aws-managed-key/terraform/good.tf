variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "kafka" {
  description         = "kafka"
  enable_key_rotation = true
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}

# A variable without a value: unknown, so skipped.
resource "aws_msk_cluster" "configurable" {
  cluster_name           = "configurable"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kms_key_arn
  }
}
