import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

AWS_SECRET_ACCESS_KEY = '************************************PTIp'

TIME_ZONE = "UTC"
