import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CYPRESS_RECORD_KEY = "d2feec50-683b-4484-9bac-45af6c78d8ff"

TIME_ZONE = "UTC"
