resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  client_authentication {
    sasl {
      iam = true
    }
  }
}

resource "aws_msk_cluster" "mtls" {
  cluster_name           = "mtls"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]
  }

  client_authentication {
    tls {
      certificate_authority_arns = ["arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/abc"]
    }
  }
}

variable "unauthenticated" {
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

  client_authentication {
    unauthenticated = var.unauthenticated
    sasl {
      scram = true
    }
  }
}
