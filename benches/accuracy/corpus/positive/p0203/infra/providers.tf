terraform {
  required_version = ">= 1.5"
}

provider "azure" {
  servicebus_connection_string = "Endpoint=sb://gkjmpdiqa.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=955G0varuzHRf4RfeG0fj7JHKQf0uLxwXSw0chURDfo="
}

resource "null_resource" "bootstrap" {}
