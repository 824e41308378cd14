region      = "eu-west-1"
environment = "production"
yc_token = "y0_OaymG34ApRgWC20Z7aiMD-ab9b1K9sh9yukWCCMyNn1x86VDRMK-nRf"
