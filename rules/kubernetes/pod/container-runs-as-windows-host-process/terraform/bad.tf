resource "kubernetes_daemon_set_v1" "win-agent" {
  metadata {
    name      = "win-agent"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "win-agent" }
    }
    template {
      metadata {
        labels = { app = "win-agent" }
      }
      spec {
        host_network = true
        node_selector = {
          "kubernetes.io/os" = "windows"
        }
        security_context {
          windows_options {
            host_process    = true # expect: KUBERNETES-POD-008
            run_as_username = "NT AUTHORITY\\SYSTEM"
          }
        }
        # Both containers inherit the pod's setting: one finding names them both.
        container {
          name  = "agent"
          image = "registry.example.com/win-agent:1.0.0"
        }
        container {
          name  = "collector"
          image = "registry.example.com/win-collector:1.0.0"
        }
      }
    }
  }
}
