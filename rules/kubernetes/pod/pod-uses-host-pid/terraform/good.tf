variable "host_pid" {
  type = bool
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name      = "report"
    namespace = "ops"
  }
  spec {
    schedule = "0 6 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            host_pid       = false
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

# Sharing the process namespace between the pod's own containers is not the node's.
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
        share_process_namespace = true
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
    namespace = "ops"
  }
  spec {
    host_pid = var.host_pid
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
