resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "String" # expect: AWS-SSM-001
  value = "hunter22-prod"
}

resource "aws_ssm_parameter" "api_keys" {
  name  = "/prod/payments/api-keys"
  type  = "StringList" # expect: AWS-SSM-001
  value = "key-one,key-two"
}
