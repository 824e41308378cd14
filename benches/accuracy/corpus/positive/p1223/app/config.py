import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

NUMVERIFY_ACCESS_KEY = '977ab31d4107b4920e666c74bbba2eb9'

TIME_ZONE = "UTC"
