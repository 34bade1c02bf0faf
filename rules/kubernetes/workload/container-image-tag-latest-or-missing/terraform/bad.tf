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
          image = "registry.example.com/web:latest" # expect: KUBERNETES-WORKLOAD-006
        }
        init_container {
          name  = "setup"
          image = "busybox" # expect: KUBERNETES-WORKLOAD-006
        }
      }
    }
  }
}

locals {
  registry = "registry.example.com"
}

resource "kubernetes_cron_job_v1" "report" {
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
              image = "${local.registry}/report" # expect: KUBERNETES-WORKLOAD-006
            }
          }
        }
      }
    }
  }
}
