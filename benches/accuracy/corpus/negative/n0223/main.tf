data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/dd_api_key"
}

locals {
  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]
}
