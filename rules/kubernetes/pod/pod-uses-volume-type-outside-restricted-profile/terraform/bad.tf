resource "kubernetes_deployment_v1" "media" {
  metadata {
    name      = "media"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "media" }
    }
    template {
      metadata {
        labels = { app = "media" }
      }
      spec {
        container {
          name  = "media"
          image = "registry.example.com/media:2.0.0"
        }
        volume { # expect: KUBERNETES-POD-014
          name = "shared"
          nfs {
            server = "nfs.example.com"
            path   = "/exports/media"
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

resource "kubernetes_pod_v1" "legacy" {
  metadata {
    name      = "legacy"
    namespace = "shop"
  }
  spec {
    container {
      name  = "legacy"
      image = "registry.example.com/legacy:0.9.0"
    }
    volume { # expect: KUBERNETES-POD-014
      name = "disk"
      aws_elastic_block_store {
        volume_id = "vol-0a1b2c3d4e5f67890"
        fs_type   = "ext4"
      }
    }
  }
}
