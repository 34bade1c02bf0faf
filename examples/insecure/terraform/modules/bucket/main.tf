variable "name" {
  type = string
}

variable "public_site" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = !var.public_site
  ignore_public_acls      = true
  restrict_public_buckets = !var.public_site
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
