variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "azure_storage_sas_token" {
  type      = string
  sensitive = true
  default   = "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-06-30T18:00:00Z&st=2025-01-01T09:00:00Z&spr=https&sig=yC7QZ8uFbbS0xFOG7yC%2BTPc8PD86oyCFYF7Cxx4Xodc%3D"
}
