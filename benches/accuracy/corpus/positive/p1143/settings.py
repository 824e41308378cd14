import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DD_API_KEY = "f6a4d146f66e0ffbd25296eda9241d83"

TIME_ZONE = "UTC"
