region      = "eu-west-1"
environment = "production"
age_secret_key = "AGE-SECRET-KEY-1PEG80EERAUA67WE34P8GAA26SVXRFFFLUHS2CWEX0JKTHNDZLDPS5CWFX8"
