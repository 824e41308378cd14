data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/shopify_access_token"
}

locals {
  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]
}
