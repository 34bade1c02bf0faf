resource "kubernetes_daemon_set_v1" "log-shipper" {
  metadata {
    name      = "log-shipper"
    namespace = "logging"
  }
  spec {
    selector {
      match_labels = { app = "log-shipper" }
    }
    template {
      metadata {
        labels = { app = "log-shipper" }
      }
      spec {
        container {
          name  = "shipper"
          image = "registry.example.com/shipper:2.3.0"
        }
        # Other node paths are KUBERNETES-POD-005's concern.
        volume {
          name = "varlog"
          host_path {
            path = "/var/log"
          }
        }
        volume {
          name = "cache"
          empty_dir {}
        }
      }
    }
  }
}
