region      = "eu-west-1"
environment = "production"
vatlayer_access_key = "331d509599d0a588bb7e4c0efdbe96be"
