import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

VAGRANT_CLOUD_TOKEN = "j3VenmckPnrdpA.atlasv1.HoEvOkhn3waz3GVWoHyL0fUBhFrfGlwNxKI3SOm1P3fjIDITNUdv0ph5gTdI3kTv5Dp"

TIME_ZONE = "UTC"
