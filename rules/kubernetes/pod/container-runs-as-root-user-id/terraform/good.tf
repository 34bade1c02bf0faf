variable "uid" {
  type = number
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
        security_context {
          run_as_user = "1000"
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          security_context {
            run_as_user = 65534
          }
        }
      }
    }
  }
}

# Not set: the image decides (KUBERNETES-POD-016's concern); from an unset variable, skipped.
resource "kubernetes_pod_v1" "worker" {
  metadata {
    name      = "worker"
    namespace = "shop"
  }
  spec {
    container {
      name  = "worker"
      image = "registry.example.com/worker:1.0.0"
    }
    container {
      name  = "templated"
      image = "registry.example.com/templated:1.0.0"
      security_context {
        run_as_user = var.uid
      }
    }
  }
}
