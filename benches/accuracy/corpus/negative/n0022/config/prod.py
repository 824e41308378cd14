import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DATABRICKS_TOKEN = "dapi123456789abcdef0123456789abcdef0"

TIME_ZONE = "UTC"
