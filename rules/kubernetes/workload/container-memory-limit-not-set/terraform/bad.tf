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
        container { # expect: KUBERNETES-WORKLOAD-002
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          resources {
            requests = {
              cpu    = "50m"
              memory = "64Mi"
            }
            limits = { # expect: KUBERNETES-WORKLOAD-002
              cpu = "200m"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  spec {
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        init_container { # expect: KUBERNETES-WORKLOAD-002
          name  = "init-db"
          image = "registry.example.com/db-init:16.2"
        }
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
          resources {
            limits = {
              memory = "2Gi"
            }
          }
        }
      }
    }
  }
}
