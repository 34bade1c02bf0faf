variable "service_account" {
  type = string
}

resource "kubernetes_service_account_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
}

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
        # Known only after apply: the rule skips.
        service_account_name = kubernetes_service_account_v1.web.metadata[0].name
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
      }
    }
  }
}

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
        service_account_name = "db"
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
      }
    }
  }
}

# The default account, without its token.
resource "kubernetes_job_v1" "migrate" {
  metadata {
    name      = "migrate"
    namespace = "shop"
  }
  spec {
    template {
      metadata {}
      spec {
        automount_service_account_token = false
        restart_policy                  = "Never"
        container {
          name  = "migrate"
          image = "registry.example.com/migrate:3.2.1"
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
    service_account_name = var.service_account
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
