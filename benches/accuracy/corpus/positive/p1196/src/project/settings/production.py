import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CORALOGIX_API_KEY = 'cxtp_Pmw4ONmmFPUPNKBanqrylshmOOmnIF'

TIME_ZONE = "UTC"
