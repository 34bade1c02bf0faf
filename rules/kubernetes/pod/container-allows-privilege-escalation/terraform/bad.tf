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
        # No security context: the provider leaves the setting out, and escalation is allowed.
        container { # expect: KUBERNETES-POD-015
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          security_context { # expect: KUBERNETES-POD-015
            run_as_non_root = true
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
        init_container {
          name  = "wait"
          image = "registry.example.com/wait:1.0.0"
          security_context {
            allow_privilege_escalation = true # expect: KUBERNETES-POD-015
          }
        }
        container {
          name  = "migrate"
          image = "registry.example.com/migrate:3.2.1"
          security_context {
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}
