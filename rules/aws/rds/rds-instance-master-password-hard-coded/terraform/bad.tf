resource "aws_db_instance" "app" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password = "Sup3rSecret!" # expect: AWS-RDS-012
}

variable "db_password" {
  default   = "changeme-please"
  sensitive = true
}

resource "aws_db_instance" "reports" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password = var.db_password # expect: AWS-RDS-012
}
