import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

NEVERBOUNCE_API_KEY = "secret_2f1df05f98c47572381dc368b14b8333"

TIME_ZONE = "UTC"
