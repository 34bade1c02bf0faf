resource "aws_s3_bucket" "private" {
  bucket = "example-private"
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.private.id
  acl    = "private"
}

# Public ACL, but with no public access block written the AWS defaults ignore it.
resource "aws_s3_bucket" "neutralized" {
  bucket = "example-neutralized"
}

resource "aws_s3_bucket_acl" "neutralized" {
  bucket = aws_s3_bucket.neutralized.id
  acl    = "public-read"
}

# Block Public Access settings come from a variable nobody set: unknown, so skipped.
variable "block_acls" {
  type = bool
}

resource "aws_s3_bucket" "configurable" {
  bucket = "example-configurable"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "configurable" {
  bucket             = aws_s3_bucket.configurable.id
  block_public_acls  = var.block_acls
  ignore_public_acls = var.block_acls
}
