resource "aws_batch_job_definition" "etl" {
  name = "etl"
  type = "container"
  container_properties = jsonencode({
    image = "busybox"
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
  })
}

variable "container_properties" {
  type = string
}

resource "aws_batch_job_definition" "configurable" {
  name                 = "configurable"
  type                 = "container"
  container_properties = var.container_properties
}
