terraform {
  required_version = ">= 1.5"
}

provider "hashicorp_cloud_platform" {
  hcp_client_id = "2zVOB0V0EkFTNRgGA79PEVT8UxIthstN"
  hcp_client_secret = "5El9kxuVly0SuKrdDfRxvMEW45KybWArMRR75sMISXW8WnYMHw3j15xdCcGiXvmp"
}

resource "null_resource" "bootstrap" {}
