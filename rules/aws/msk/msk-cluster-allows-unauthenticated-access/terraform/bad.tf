resource "aws_msk_cluster" "events" { # expect: AWS-MSK-004
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "mixed" {
  cluster_name           = "mixed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]
  }

  client_authentication {
    unauthenticated = true # expect: AWS-MSK-004
    sasl {
      iam = true
    }
  }
}
