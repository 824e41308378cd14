import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

IMAGEKIT_PRIVATE_KEY = "private_UcTNIT1WHKZgpKFIpvYflPwKz79t"

TIME_ZONE = "UTC"
