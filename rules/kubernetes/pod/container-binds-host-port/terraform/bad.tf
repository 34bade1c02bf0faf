resource "kubernetes_daemon_set_v1" "ingress" {
  metadata {
    name      = "edge-proxy"
    namespace = "edge"
  }
  spec {
    selector {
      match_labels = { app = "edge-proxy" }
    }
    template {
      metadata {
        labels = { app = "edge-proxy" }
      }
      spec {
        container {
          name  = "proxy"
          image = "registry.example.com/proxy:1.25.3"
          port {
            container_port = 80
            host_port      = 80 # expect: KUBERNETES-POD-006
          }
          port {
            container_port = 9090
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "debug" {
  metadata {
    name      = "debug"
    namespace = "edge"
  }
  spec {
    container {
      name  = "debug"
      image = "registry.example.com/debug:1.0.0"
      port {
        container_port = 2345
        host_port      = 2345 # expect: KUBERNETES-POD-006
        host_ip        = "127.0.0.1"
      }
    }
  }
}
