import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

EXA_API_KEY = '98683c6e-c2b4-4642-93b6-3e29c40ef7ed'

TIME_ZONE = "UTC"
