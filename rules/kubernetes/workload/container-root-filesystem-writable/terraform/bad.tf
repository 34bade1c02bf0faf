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
        container { # expect: KUBERNETES-WORKLOAD-001
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          security_context {
            read_only_root_filesystem = false # expect: KUBERNETES-WORKLOAD-001
          }
        }
      }
    }
  }
}

resource "kubernetes_cron_job" "report" {
  metadata {
    name      = "report"
    namespace = "shop"
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
              security_context { # expect: KUBERNETES-WORKLOAD-001
                allow_privilege_escalation = false
              }
            }
          }
        }
      }
    }
  }
}
