resource "aws_msk_cluster" "mixed" {
  cluster_name           = "mixed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: AWS-MSK-001
      in_cluster    = false # expect: AWS-MSK-001
    }
  }
}
