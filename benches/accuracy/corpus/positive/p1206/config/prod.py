import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CRONITOR_API_KEY = '44249687e25f374dc2d1fdcc578be08e'

TIME_ZONE = "UTC"
