resource "aws_msk_cluster" "events" { # expect: AWS-MSK-005
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "off" {
  cluster_name           = "off"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]
  }

  logging_info {
    broker_logs { # expect: AWS-MSK-005
      cloudwatch_logs {
        enabled = false
      }
    }
  }
}
