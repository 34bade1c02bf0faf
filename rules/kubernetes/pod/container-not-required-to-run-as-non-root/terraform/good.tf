variable "uid" {
  type = number
}

# Set at the pod level and inherited: the containers write no security context of their own.
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
        security_context {
          run_as_non_root = true
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        init_container {
          name  = "setup"
          image = "registry.example.com/setup:1.0.0"
        }
      }
    }
  }
}

# A non-root user id (a string, as the provider's schema types it, or a number) is enough.
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
        security_context {
          run_as_user = "999"
        }
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
        container {
          name  = "exporter"
          image = "registry.example.com/db-exporter:0.15.0"
          security_context {
            run_as_non_root = true
            run_as_user     = 65534
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
    security_context {
      run_as_user = var.uid
    }
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
