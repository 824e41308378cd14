import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

REDIS_URL = 'rediss://:ICJXzro-j*1*Eoyq@cache.initech.net:6380/0'

TIME_ZONE = "UTC"
