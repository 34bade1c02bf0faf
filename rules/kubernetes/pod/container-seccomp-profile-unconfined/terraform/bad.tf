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
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          security_context {
            seccomp_profile {
              type = "Unconfined" # expect: KUBERNETES-POD-012
            }
          }
        }
      }
    }
  }
}

# Inherited from the pod by both containers: one finding.
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
          seccomp_profile {
            type = "Unconfined" # expect: KUBERNETES-POD-012
          }
        }
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
        container {
          name  = "exporter"
          image = "registry.example.com/db-exporter:0.15.0"
        }
      }
    }
  }
}

# Every container overrides the pod's profile, but admission still rejects the pod.
resource "kubernetes_pod_v1" "tool" {
  metadata {
    name      = "tool"
    namespace = "shop"
  }
  spec {
    security_context {
      seccomp_profile {
        type = "Unconfined" # expect: KUBERNETES-POD-012
      }
    }
    container {
      name  = "tool"
      image = "registry.example.com/tool:1.0.0"
      security_context {
        seccomp_profile {
          type = "RuntimeDefault"
        }
      }
    }
  }
}
