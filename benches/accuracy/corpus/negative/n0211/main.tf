data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/aws_access_key_id"
}

locals {
  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]
}
