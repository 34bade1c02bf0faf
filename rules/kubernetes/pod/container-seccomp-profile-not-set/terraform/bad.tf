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
        container { # expect: KUBERNETES-POD-018
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          security_context { # expect: KUBERNETES-POD-018
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}

resource "kubernetes_job_v1" "migrate" {
  metadata {
    name      = "migrate"
    namespace = "shop"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container { # expect: KUBERNETES-POD-018
          name  = "migrate"
          image = "registry.example.com/migrate:3.2.1"
        }
      }
    }
  }
}
