resource "aws_db_instance" "orders" {
  identifier        = "orders-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "orders"
  password          = "GoRYVSE6nkNhdIxV#2"
  allocated_storage = 50
}
