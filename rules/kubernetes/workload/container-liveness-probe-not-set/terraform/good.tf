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
        # Init containers run to completion: no probe.
        init_container {
          name  = "setup"
          image = "registry.example.com/setup:1.0.0"
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          liveness_probe {
            http_get {
              path = "/healthz"
              port = 8080
            }
            initial_delay_seconds = 5
            period_seconds        = 10
          }
        }
      }
    }
  }
}

# Jobs and bare pods are not restarted for being alive too long.
resource "kubernetes_job_v1" "migrate" {
  metadata {
    name      = "migrate"
    namespace = "shop"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name  = "migrate"
          image = "registry.example.com/migrate:3.2.1"
        }
      }
    }
  }
}
