resource "aws_db_instance" "managed" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  manage_master_user_password = true
}

resource "random_password" "db" {
  length = 32
}

resource "aws_db_instance" "generated" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password = random_password.db.result
}

# Given at plan time: a variable without a default, unknown here, so skipped.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "supplied" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password = var.db_password
}
