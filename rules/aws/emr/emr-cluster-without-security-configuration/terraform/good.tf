resource "aws_emr_security_configuration" "encrypted" {
  name          = "encrypted"
  configuration = "{}"
}

resource "aws_emr_cluster" "analytics" {
  name                   = "analytics"
  release_label = "emr-7.1.0"
  service_role  = "arn:aws:iam::123456789012:role/emr-service"
  security_configuration = aws_emr_security_configuration.encrypted.name
}

variable "security_configuration" {
  type = string
}

resource "aws_emr_cluster" "configurable" {
  name                   = "configurable"
  release_label = "emr-7.1.0"
  service_role  = "arn:aws:iam::123456789012:role/emr-service"
  security_configuration = var.security_configuration
}
