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
          volume_mount {
            name       = "varlog"
            mount_path = "/var/log"
            read_only  = true
          }
        }
        volume {
          name = "varlog"
          host_path {
            path = "/var/log" # expect: KUBERNETES-POD-005
            type = "Directory"
          }
        }
      }
    }
  }
}

# Volumes made by a `dynamic` block are located where their path is written.
locals {
  node_dirs = {
    kubelet = "/var/lib/kubelet"
  }
}

resource "kubernetes_pod" "inspector" {
  metadata {
    name      = "inspector"
    namespace = "ops"
  }
  spec {
    container {
      name  = "inspector"
      image = "registry.example.com/inspector:1.0.0"
    }
    dynamic "volume" {
      for_each = local.node_dirs
      content {
        name = volume.key
        host_path {
          path = volume.value # expect: KUBERNETES-POD-005
        }
      }
    }
  }
}
