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
          image = "registry.example.com/web:3.2.1"
        }
        volume {
          name = "cache"
          empty_dir {
            medium = "Memory"
          }
        }
        volume {
          name = "config"
          config_map {
            name = "web-config"
          }
        }
        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = "web-data"
          }
        }
        volume {
          name = "secrets"
          csi {
            driver    = "secrets-store.csi.k8s.io"
            read_only = true
          }
        }
        volume {
          name = "token"
          projected {
            sources {
              service_account_token {
                audience           = "vault"
                expiration_seconds = 3600
                path               = "token"
              }
            }
          }
        }
        volume {
          name = "podinfo"
          downward_api {
            items {
              path = "labels"
              field_ref {
                field_path = "metadata.labels"
              }
            }
          }
        }
        # hostPath volumes are KUBERNETES-POD-005's concern.
        volume {
          name = "varlog"
          host_path {
            path = "/var/log"
          }
        }
      }
    }
  }
}
