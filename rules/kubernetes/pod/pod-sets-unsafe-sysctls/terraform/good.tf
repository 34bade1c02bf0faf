variable "sysctl_name" {
  type = string
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        security_context {
          sysctl {
            name  = "net.ipv4.ip_local_port_range"
            value = "1024 65535"
          }
          sysctl {
            name  = "net/ipv4/tcp_syncookies"
            value = "1"
          }
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "shop"
  }
  spec {
    security_context {
      sysctl {
        name  = var.sysctl_name
        value = "1"
      }
    }
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
