resource "aws_msk_cluster" "events" { # expect: AWS-MSK-002
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }
}
