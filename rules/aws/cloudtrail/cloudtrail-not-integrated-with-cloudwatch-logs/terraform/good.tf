variable "log_group_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "org-trail-logs"
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-logs"
}

# A log group that is not known: skipped.
resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = "org-trail-logs"
  cloud_watch_logs_group_arn = var.log_group_arn
}
