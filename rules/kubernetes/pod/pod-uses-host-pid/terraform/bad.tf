resource "kubernetes_cron_job_v1" "inspect" {
  metadata {
    name      = "inspect"
    namespace = "ops"
  }
  spec {
    schedule = "0 * * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            host_pid       = true # expect: KUBERNETES-POD-003
            restart_policy = "OnFailure"
            container {
              name  = "inspect"
              image = "registry.example.com/inspect:1.2.0"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "tracer" {
  metadata {
    name      = "tracer"
    namespace = "ops"
  }
  spec {
    service_name = "tracer"
    selector {
      match_labels = { app = "tracer" }
    }
    template {
      metadata {
        labels = { app = "tracer" }
      }
      spec {
        host_pid = true # expect: KUBERNETES-POD-003
        container {
          name  = "tracer"
          image = "registry.example.com/tracer:0.4.1"
        }
      }
    }
  }
}
