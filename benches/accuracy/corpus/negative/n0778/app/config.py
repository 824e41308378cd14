import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

REDIS_URL = 'sqlite:///db.sqlite3'

TIME_ZONE = "UTC"
