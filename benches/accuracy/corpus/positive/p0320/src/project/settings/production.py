import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

VERCEL_TOKEN = "3UFJi54TH25bRVZJsuCKDCKP"

TIME_ZONE = "UTC"
