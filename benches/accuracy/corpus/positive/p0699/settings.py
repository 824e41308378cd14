import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

VONAGE_API_KEY = "b4afeb14"
VONAGE_API_SECRET = 'eeYatPi9Qb0Mb93G'

TIME_ZONE = "UTC"
