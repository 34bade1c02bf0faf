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
          image = "registry.example.com/web:1.4.2"
          security_context {
            privileged = true # expect: KUBERNETES-POD-001
          }
        }
      }
    }
  }
}

# Init containers count too.
resource "kubernetes_daemon_set_v1" "agent" {
  metadata {
    name      = "agent"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "agent" }
    }
    template {
      metadata {
        labels = { app = "agent" }
      }
      spec {
        init_container {
          name  = "setup"
          image = "registry.example.com/agent-setup:2.0.1"
          security_context {
            privileged = true # expect: KUBERNETES-POD-001
          }
        }
        container {
          name  = "agent"
          image = "registry.example.com/agent:2.0.1"
        }
      }
    }
  }
}
