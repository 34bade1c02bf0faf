variable "db_password" {
  type      = string
  sensitive = true
}

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
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = "api-db"
                key  = "password"
              }
            }
          }
          env {
            name  = "DB_PASSWORD_FILE"
            value = "/run/secrets/db-password"
          }
          env {
            name  = "DATABASE_URL"
            value = "postgres://api:$(DB_PASSWORD)@db.shop.svc:5432/api"
          }
          env_from {
            secret_ref {
              name = "api-keys"
            }
          }
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "shop"
  }
  spec {
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
      env {
        name  = "DB_PASSWORD"
        value = var.db_password
      }
    }
  }
}
