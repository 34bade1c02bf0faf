resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://db.example.internal:3306/warehouse"
    USERNAME            = "etl"
    PASSWORD            = "hunter22-prod" # expect: AWS-GLUE-006
  }
}
