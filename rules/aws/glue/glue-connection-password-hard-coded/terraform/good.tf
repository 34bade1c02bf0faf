resource "aws_secretsmanager_secret" "warehouse" {
  name = "warehouse"
}

resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://db.example.internal:3306/warehouse"
    SECRET_ID           = aws_secretsmanager_secret.warehouse.name
  }
}

# The password comes from a variable nobody set: unknown, so skipped.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_glue_connection" "legacy" {
  name = "legacy"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://legacy.example.internal:3306/app"
    USERNAME            = "etl"
    PASSWORD            = var.db_password
  }
}
