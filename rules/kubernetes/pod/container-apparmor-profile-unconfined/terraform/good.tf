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
        annotations = {
          "container.apparmor.security.beta.kubernetes.io/web"     = "runtime/default"
          "container.apparmor.security.beta.kubernetes.io/sidecar" = "localhost/k8s-sidecar"
        }
      }
      spec {
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
        }
      }
    }
  }
}

# No annotation: the container runtime's default profile applies.
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
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
      }
    }
  }
}
