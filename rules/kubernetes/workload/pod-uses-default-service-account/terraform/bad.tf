# The provider sends `automountServiceAccountToken: true` unless told otherwise, so the token is
# mounted whatever the ServiceAccount says.
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
      spec { # expect: KUBERNETES-WORKLOAD-010
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
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
    service_account_name            = "default" # expect: KUBERNETES-WORKLOAD-010
    automount_service_account_token = true
    container {
      name  = "tool"
      image = "registry.example.com/tool:1.0.0"
    }
  }
}
