resource "aws_elastic_beanstalk_environment" "shop" {
  name                = "shop"
  application         = "shop"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.0 running Node.js 22"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "false" # expect: AWS-ELASTICBEANSTALK-001
  }
}
