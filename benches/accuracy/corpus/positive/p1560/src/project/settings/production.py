import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

API_BASE_URL = "https://etl_reader:Quartz9641Cobalt*31@api.vandelay.io/v2"

TIME_ZONE = "UTC"
