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
        container { # expect: KUBERNETES-WORKLOAD-003
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          resources {
            requests = { # expect: KUBERNETES-WORKLOAD-003
              cpu = "50m"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_daemonset" "agent" {
  metadata {
    name      = "agent"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "agent" }
    }
    template {
      metadata {
        labels = { app = "agent" }
      }
      spec {
        container {
          name  = "agent"
          image = "registry.example.com/agent:2.0.1"
          resources { # expect: KUBERNETES-WORKLOAD-003
            limits = {
              cpu = "500m"
            }
          }
        }
      }
    }
  }
}
