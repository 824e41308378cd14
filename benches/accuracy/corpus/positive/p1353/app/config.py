import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

REMOVEBG_API_KEY = "XfmJWdF3INMZoPEkUppfs2VC"

TIME_ZONE = "UTC"
