variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "yelp_api_key" {
  type      = string
  sensitive = true
  default   = "6LOCMydwkLKVkWsu2R_WWnV9xwMNsiIp-zgZQ_fMrMnhC6wXZst2jPEnF8jYWKipQeGSQTdj-OGPfKBdMzdsc1VoM35fqa7NlrI7ekq_UhuNlJYXS9nmnkMRRrcntxpY"
}
