import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

MAILGUN_API_KEY = '__API_KEY__'

TIME_ZONE = "UTC"
