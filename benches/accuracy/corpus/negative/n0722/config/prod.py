import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

GOOGLE_API_KEY = '••••••••••••'

TIME_ZONE = "UTC"
