resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "app" {
  password               = random_password.db.result
  kms_key_id             = "arn:aws:kms:eu-west-1:123456789012:key/3f9c1a7e-52b8-4d6e-9a0f-7c2b8e4d1a65"
  master_user_secret_kms_key_id = var.kms_key_id
}

data "aws_secretsmanager_secret" "api" {
  arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-token-AbCdEf"
}

variable "api_token" {
  type      = string
  sensitive = true
}
