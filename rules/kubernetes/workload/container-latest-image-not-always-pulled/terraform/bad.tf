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
          image_pull_policy = "IfNotPresent" # expect: KUBERNETES-WORKLOAD-007
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "tool" {
  metadata {
    name      = "tool"
    namespace = "shop"
  }
  spec {
    container {
      name              = "tool"
      image             = "registry.example.com/tool"
      image_pull_policy = "Never" # expect: KUBERNETES-WORKLOAD-007
    }
  }
}
