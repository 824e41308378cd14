import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

TX_TOKEN = "1/f1e9fad02e0eb18f56855ded1176dc9dae1a6165"

TIME_ZONE = "UTC"
