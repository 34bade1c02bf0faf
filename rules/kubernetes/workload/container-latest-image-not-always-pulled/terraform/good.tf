variable "pull_policy" {
  type = string
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
          name              = "web"
          image             = "registry.example.com/web:latest"
          image_pull_policy = "Always"
        }
        # Not written: Kubernetes pulls a latest image always.
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:latest"
        }
        # Pinned images may be cached.
        container {
          name              = "proxy"
          image             = "registry.example.com/proxy:1.25.3"
          image_pull_policy = "IfNotPresent"
        }
        container {
          name              = "agent"
          image             = "registry.example.com/agent@sha256:4c1e997385b8fb4ad4d1d3c7e5f5c2c2f5b8a1e3d3f0e0b3a2c1d0e9f8a7b6c5"
          image_pull_policy = "Never"
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
      name              = "app"
      image             = "registry.example.com/app:latest"
      image_pull_policy = var.pull_policy
    }
  }
}
