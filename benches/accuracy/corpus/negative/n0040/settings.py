import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DD_API_KEY = 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'

TIME_ZONE = "UTC"
