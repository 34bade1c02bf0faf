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
        container { # expect: KUBERNETES-POD-016
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
      }
    }
  }
}

# `false` at the pod level, inherited by both containers: one finding.
resource "kubernetes_cron_job_v1" "cleanup" {
  metadata {
    name      = "cleanup"
    namespace = "ops"
  }
  spec {
    schedule = "30 2 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            security_context {
              run_as_non_root = false # expect: KUBERNETES-POD-016
            }
            container {
              name  = "cleanup"
              image = "registry.example.com/cleanup:1.0.0"
            }
            container {
              name  = "notify"
              image = "registry.example.com/notify:1.0.0"
            }
          }
        }
      }
    }
  }
}
