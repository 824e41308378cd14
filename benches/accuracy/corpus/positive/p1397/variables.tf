variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "abuseipdb_api_key" {
  type      = string
  sensitive = true
  default   = "0cdfc1494e9d9ab276120beefafeca5f79379ebc3716d91fa58937adf2f82acc367b60996b16d473"
}
