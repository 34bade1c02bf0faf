resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "block-all-sharing"
}

resource "aws_ec2_image_block_public_access" "this" {
  state = "block-new-sharing"
}

# A variable nobody set: unknown, so skipped.
variable "snapshot_sharing" {
  type = string
}

resource "aws_ebs_snapshot_block_public_access" "configurable" {
  state = var.snapshot_sharing
}
