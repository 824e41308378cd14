import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'django-insecure-hcx^qcs(7pnt2cxkg(9^8tn)p=#12xdc+c*6)esqj8z@iqk9mt'

DEBUG = False
ALLOWED_HOSTS = ["app.corp.invalid"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app",
        "USER": "app",
        "PASSWORD": os.environ.get("DB_PASSWORD"),
        "HOST": "db",
    }
}
