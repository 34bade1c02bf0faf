resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

# From a snapshot: inherits the snapshot's encryption.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

# Encryption comes from a variable nobody set: unknown, so skipped.
variable "encrypted" {
  type = bool
}

resource "aws_ebs_volume" "configurable" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}

# Not created: the flag is off.
variable "create_legacy" {
  default = false
}

resource "aws_ebs_volume" "legacy" {
  count             = var.create_legacy ? 1 : 0
  availability_zone = "eu-west-1a"
  size              = 10
}
