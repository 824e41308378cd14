import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

REDIS_URL = 'rediss://:8aqBXK6GnSkHBb+pTfXKYd4T@mq.hooli.dev:6380/0'

TIME_ZONE = "UTC"
