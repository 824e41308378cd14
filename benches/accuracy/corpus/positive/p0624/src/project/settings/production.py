import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CLOUDSMITH_API_KEY = 'c51ed4d6f661f24b74899bb99acf754f42a9d27a'

TIME_ZONE = "UTC"
