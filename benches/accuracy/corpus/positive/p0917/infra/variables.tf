variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "fullstory_api_key" {
  type      = string
  sensitive = true
  default   = "na1.sDSbfVFzXrKTVBdxXHWODlK1yn3E2qu611_NxuqNhjs09quMW8lEzBZHi5yHUu0JY1IW_Giqz9knfsmnIGeY4zjodoeKxzzpAL"
}
