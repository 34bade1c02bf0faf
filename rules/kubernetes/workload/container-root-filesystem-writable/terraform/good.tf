variable "read_only" {
  type = bool
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
        init_container {
          name  = "setup"
          image = "registry.example.com/setup:1.0.0"
          security_context {
            read_only_root_filesystem = true
          }
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          security_context {
            read_only_root_filesystem = true
          }
          # Writable scratch space comes from a volume.
          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }
        volume {
          name = "tmp"
          empty_dir {}
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
      security_context {
        read_only_root_filesystem = var.read_only
      }
    }
  }
}
