resource "aws_elastic_beanstalk_environment" "shop" {
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "PreferredStartTime"
    value     = "Sun:03:00"
  }
}

resource "aws_elastic_beanstalk_environment" "unset" {
  name                = "unset"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"
}

variable "managed_updates" {
  type = bool
}

resource "aws_elastic_beanstalk_environment" "configurable" {
  name                = "configurable"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = var.managed_updates
  }
}
