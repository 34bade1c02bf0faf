resource "aws_mwaa_environment" "pipelines" {
  name                  = "pipelines"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn     = "arn:aws:s3:::pipelines-dags"
  webserver_access_mode = "PUBLIC_ONLY" # expect: AWS-MWAA-001

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-a", "subnet-b"]
  }
}
