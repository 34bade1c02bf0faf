resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "msk-logs"
      }
    }
  }
}

variable "logs" {
  type = bool
}

resource "aws_msk_cluster" "configurable" {
  cluster_name           = "configurable"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.logs
        log_group = "msk"
      }
    }
  }
}
