resource "kubernetes_deployment_v1" "broker" {
  metadata {
    name      = "broker"
    namespace = "messaging"
  }
  spec {
    selector {
      match_labels = { app = "broker" }
    }
    template {
      metadata {
        labels = { app = "broker" }
      }
      spec {
        security_context {
          sysctl { # expect: KUBERNETES-POD-013
            name  = "kernel.msgmax"
            value = "65536"
          }
          sysctl {
            name  = "net.ipv4.tcp_syncookies"
            value = "1"
          }
        }
        container {
          name  = "broker"
          image = "registry.example.com/broker:3.12.0"
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "tuned" {
  metadata {
    name      = "tuned"
    namespace = "messaging"
  }
  spec {
    security_context {
      sysctl { # expect: KUBERNETES-POD-013
        name  = "net.core.somaxconn"
        value = "4096"
      }
    }
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
