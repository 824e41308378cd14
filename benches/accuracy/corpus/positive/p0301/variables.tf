variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "fly_api_token" {
  type      = string
  sensitive = true
  default   = "FlyV1 fm2_lNPt3AtwYyU4Xx2VI8Bl1HHlaNFidQIaZybnN3ogdZGYTpdA2ggeVFXSPAN5X9bcekHUqShAQcIe4XIEbS2Uf0nCMBEnKMRQAtst3oEvGFN+hdQ2aeHevh25TvGj3QxuK44fTTmPOFeetp0iDorPLbpeZDsH5EIUZ9h8wVoZAyDuVYJovSV/v22DT1yQzKIKuoPkOS7vbJEhOFoFkG+t0sdNAizHbEYcxVw8WlQ//LSzLkMRvjzPWsvbekIPCaLT7eFiKcIau2OLICy+uVm+fODN1pVCz55324n2lbm5y3DrDg4TnqGr3PEvgJcsVkjv7aHgAA95/46NBhzTFXMyhDop2nAWlApVdirLrvlvlRIptDRjMXo2JXGLEw=="
}
