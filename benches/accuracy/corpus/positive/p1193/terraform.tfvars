region      = "eu-west-1"
environment = "production"
betterstack_source_token = "pV9f2L1PcHD9x5OGaCUV4lb2"
