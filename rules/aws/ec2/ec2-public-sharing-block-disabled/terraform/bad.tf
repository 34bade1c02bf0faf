resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "unblocked" # expect: AWS-EC2-019
}

resource "aws_ec2_image_block_public_access" "this" {
  state = "unblocked" # expect: AWS-EC2-019
}
