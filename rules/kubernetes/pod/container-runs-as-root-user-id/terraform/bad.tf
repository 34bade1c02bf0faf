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
          run_as_user = 1000
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          security_context {
            run_as_user = 0 # expect: KUBERNETES-POD-017
          }
        }
      }
    }
  }
}

# At the pod level, inherited by both containers (the provider's schema types it as a string).
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
        security_context {
          run_as_user = "0" # expect: KUBERNETES-POD-017
        }
        container {
          name  = "agent"
          image = "registry.example.com/agent:2.0.1"
        }
        container {
          name  = "reloader"
          image = "registry.example.com/reloader:1.0.0"
        }
      }
    }
  }
}

# Every container overrides the pod's root user id, but admission still rejects the pod.
resource "kubernetes_pod_v1" "tool" {
  metadata {
    name      = "tool"
    namespace = "shop"
  }
  spec {
    security_context {
      run_as_user = 0 # expect: KUBERNETES-POD-017
    }
    container {
      name  = "tool"
      image = "registry.example.com/tool:1.0.0"
      security_context {
        run_as_user = 1000
      }
    }
  }
}
