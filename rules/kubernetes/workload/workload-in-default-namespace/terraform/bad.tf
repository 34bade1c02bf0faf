# The provider places a workload without `metadata.namespace` into `default`.
resource "kubernetes_deployment_v1" "web" {
  metadata { # expect: KUBERNETES-WORKLOAD-011
    name = "web"
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
          image = "registry.example.com/web:3.2.1"
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name      = "report"
    namespace = "default" # expect: KUBERNETES-WORKLOAD-011
  }
  spec {
    schedule = "0 6 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            container {
              name  = "report"
              image = "registry.example.com/report:1.2.0"
            }
          }
        }
      }
    }
  }
}
