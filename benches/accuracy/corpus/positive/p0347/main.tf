terraform {
  required_version = ">= 1.5"
}

provider "terraform_cloud" {
  tfe_token = "ORSM1RuEPHtyq1.atlasv1.kmPWnpS5OicNPR72BR3jWcTP0WAhZLMMPJExwbOnunAMyP0MN6btBBVDBnER3HZ186W"
}

resource "null_resource" "bootstrap" {}
