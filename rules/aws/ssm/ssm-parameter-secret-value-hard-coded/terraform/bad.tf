resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = "hunter22-prod" # expect: AWS-SSM-003
}

resource "aws_ssm_parameter" "api_token" {
  name           = "/prod/payments/api-token"
  type           = "String"
  insecure_value = "tok_live_4f9a8b7c6d5e" # expect: AWS-SSM-003
}
