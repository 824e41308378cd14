import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

RADAR_SECRET_KEY = "prj_live_sk_2a47c0c3e9ae1f0b1021f3bfdd16d2965c9e20ba"

TIME_ZONE = "UTC"
