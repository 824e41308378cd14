import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

KUCOIN_API_KEY = "a4ad6ab1057f9959b472042b"
KUCOIN_API_SECRET = "3f7c2a60-b17a-4dfb-9205-eebe59f7aef2"

TIME_ZONE = "UTC"
