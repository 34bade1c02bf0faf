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
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1" # expect: KUBERNETES-WORKLOAD-008
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:latest" # expect: KUBERNETES-WORKLOAD-008
        }
      }
    }
  }
}

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
          image = "registry.example.com/migrate:3.2.1" # expect: KUBERNETES-WORKLOAD-008
        }
      }
    }
  }
}
