resource "aws_security_group" "docker" {
  name        = "docker-host"
  description = "docker host"

  ingress {
    from_port   = 2375
    to_port     = 2376
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-013
  }
}

resource "aws_security_group" "k8s" {
  name        = "k8s"
  description = "cluster"
}

resource "aws_vpc_security_group_ingress_rule" "api" {
  security_group_id = aws_security_group.k8s.id
  ip_protocol       = "tcp"
  from_port         = 6443
  to_port           = 6443
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-013
}
