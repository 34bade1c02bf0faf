variable "image" {
  type = string
}

locals {
  web_digest = "sha256:4c1e997385b8fb4ad4d1d3c7e5f5c2c2f5b8a1e3d3f0e0b3a2c1d0e9f8a7b6c5"
}

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
          image = "registry.example.com/web@${local.web_digest}"
        }
        # A tag kept for readability next to the digest.
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0@sha256:4c1e997385b8fb4ad4d1d3c7e5f5c2c2f5b8a1e3d3f0e0b3a2c1d0e9f8a7b6c5"
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "shop"
  }
  spec {
    container {
      name  = "app"
      image = var.image
    }
  }
}
