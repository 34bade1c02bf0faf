# The secret is declared elsewhere: the version still writes its value here.
resource "aws_secretsmanager_secret_version" "shared" {
  secret_id     = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:shared-AbCdEf"
  secret_string = "hunter22-prod" # expect: AWS-SECRETSMANAGER-005
}
