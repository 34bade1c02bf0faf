resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        container {
          name  = "api"
          image = "registry.example.com/api:2.4.0"
          env {
            name  = "DB_PASSWORD"
            value = "hunter2-prod" # expect: KUBERNETES-WORKLOAD-012
          }
          env {
            name  = "DATABASE_URL"
            value = "postgres://api:s3cr3t@db.shop.svc:5432/api" # expect: KUBERNETES-WORKLOAD-012
          }
          env {
            name  = "LOG_LEVEL"
            value = "info"
          }
        }
      }
    }
  }
}

# A local value is written in the configuration all the same.
locals {
  stripe_key = "sk_live_51H8example"
}

resource "kubernetes_job_v1" "billing" {
  metadata {
    name      = "billing"
    namespace = "shop"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name  = "billing"
          image = "registry.example.com/billing:1.0.0"
          env {
            name  = "STRIPE_API_KEY"
            value = local.stripe_key # expect: KUBERNETES-WORKLOAD-012
          }
        }
      }
    }
  }
}
