resource "aws_kinesis_stream" "default" { # expect: AWS-KINESIS-001
  name        = "default"
  shard_count = 1
}

resource "aws_kinesis_stream" "none" {
  name            = "none"
  shard_count     = 1
  encryption_type = "NONE" # expect: AWS-KINESIS-001
}
