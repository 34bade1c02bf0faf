resource "kubernetes_daemon_set_v1" "cni" {
  metadata {
    name      = "cni-helper"
    namespace = "kube-system"
  }
  spec {
    selector {
      match_labels = { app = "cni-helper" }
    }
    template {
      metadata {
        labels = { app = "cni-helper" }
      }
      spec {
        container {
          name  = "helper"
          image = "registry.example.com/cni-helper:1.2.0"
          security_context {
            capabilities {
              add  = ["NET_ADMIN", "CHOWN"] # expect: KUBERNETES-POD-007
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "mounter" {
  metadata {
    name      = "mounter"
    namespace = "ops"
  }
  spec {
    container {
      name  = "mounter"
      image = "registry.example.com/mounter:0.5.0"
      security_context {
        capabilities {
          add = ["CAP_SYS_ADMIN"] # expect: KUBERNETES-POD-007
        }
      }
    }
  }
}
