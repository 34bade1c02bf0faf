variable "host_process" {
  type = bool
}

resource "kubernetes_deployment_v1" "iis" {
  metadata {
    name      = "iis"
    namespace = "web"
  }
  spec {
    selector {
      match_labels = { app = "iis" }
    }
    template {
      metadata {
        labels = { app = "iis" }
      }
      spec {
        node_selector = {
          "kubernetes.io/os" = "windows"
        }
        security_context {
          windows_options {
            run_as_username = "ContainerUser"
          }
        }
        container {
          name  = "iis"
          image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "explicit" {
  metadata {
    name      = "explicit"
    namespace = "web"
  }
  spec {
    security_context {
      windows_options {
        host_process = false
      }
    }
    container {
      name  = "app"
      image = "registry.example.com/win-app:2.0.0"
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "web"
  }
  spec {
    security_context {
      windows_options {
        host_process = var.host_process
      }
    }
    container {
      name  = "app"
      image = "registry.example.com/win-app:2.0.0"
    }
  }
}
