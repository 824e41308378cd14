variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "jdbc_url" {
  type      = string
  sensitive = true
  default   = "jdbc:oracle:thin:reporting/Cmym89jn+SGVLe@prod-db.globex.com:1521/ORCLPDB1"
}
