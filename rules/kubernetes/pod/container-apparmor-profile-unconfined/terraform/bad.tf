# The provider has no AppArmor field: the profile is set with the pod template's annotations.
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
        annotations = {
          "container.apparmor.security.beta.kubernetes.io/web"     = "unconfined" # expect: KUBERNETES-POD-009
          "container.apparmor.security.beta.kubernetes.io/sidecar" = "runtime/default"
        }
      }
      spec {
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
        }
      }
    }
  }
}

# A bare pod carries the annotations in its own metadata.
resource "kubernetes_pod_v1" "debug" {
  metadata {
    name      = "debug"
    namespace = "shop"
    annotations = {
      "container.apparmor.security.beta.kubernetes.io/debug" = "unconfined" # expect: KUBERNETES-POD-009
    }
  }
  spec {
    container {
      name  = "debug"
      image = "registry.example.com/debug:1.0.0"
    }
  }
}
