region      = "eu-west-1"
environment = "production"
pulumi_access_token = "pul-2268d723735d777f3b140d3e8c73fbb7b0431cd4"
