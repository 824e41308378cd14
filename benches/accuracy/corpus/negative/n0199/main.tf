data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/secret_key"
}

locals {
  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]
}
