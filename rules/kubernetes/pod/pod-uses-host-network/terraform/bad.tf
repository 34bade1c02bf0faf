resource "kubernetes_daemonset" "exporter" {
  metadata {
    name      = "exporter"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "exporter" }
    }
    template {
      metadata {
        labels = { app = "exporter" }
      }
      spec {
        host_network = true # expect: KUBERNETES-POD-002
        container {
          name  = "exporter"
          image = "registry.example.com/exporter:1.8.0"
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "probe" {
  metadata {
    name      = "probe"
    namespace = "monitoring"
  }
  spec {
    host_network = true # expect: KUBERNETES-POD-002
    container {
      name  = "probe"
      image = "registry.example.com/probe:0.3.0"
    }
  }
}
