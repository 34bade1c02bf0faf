variable "image" {
  type = string
}

variable "tag" {
  type    = string
  default = "3.2.1"
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
          image = "registry.example.com/web:${var.tag}"
        }
        container {
          name  = "proxy"
          image = "registry.example.com/proxy@sha256:4c1e997385b8fb4ad4d1d3c7e5f5c2c2f5b8a1e3d3f0e0b3a2c1d0e9f8a7b6c5"
        }
        # A registry with a port is not a tag.
        container {
          name  = "agent"
          image = "localhost:5000/agent:1.0.0"
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
