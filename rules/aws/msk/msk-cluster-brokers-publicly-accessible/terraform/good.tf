variable "public_access" {
  type = string
}

# Not written: no public access.
resource "aws_msk_cluster" "default" {
  cluster_name           = "default"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
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

    connectivity_info {
      public_access {
        type = var.public_access
      }
    }
  }
}
