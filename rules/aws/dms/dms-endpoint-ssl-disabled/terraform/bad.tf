resource "aws_dms_endpoint" "source" { # expect: AWS-DMS-002
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "db.example.internal"
  port          = 5432
  database_name = "app"
}

resource "aws_dms_endpoint" "target" {
  endpoint_id   = "target"
  endpoint_type = "target"
  engine_name   = "aurora"
  ssl_mode      = "none" # expect: AWS-DMS-002
}
