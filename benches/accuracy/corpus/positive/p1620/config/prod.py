import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DB_PASSWORD = 'ZFgP0!2JlytYzQ'

TIME_ZONE = "UTC"
