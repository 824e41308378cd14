terraform {
  required_version = ">= 1.5"
}

provider "moralis" {
  api_key = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmRldi8iLCJzdWIiOiIxNjIzNzUzODgiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NTI3NzY1OTAsImV4cCI6MTc1Mjc4MDE5MCwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCJ9.AAl5Eg6nU-niYUhH3p0tzqdD79YPo1G_yhJxM_x0rEk"
}

resource "null_resource" "bootstrap" {}
