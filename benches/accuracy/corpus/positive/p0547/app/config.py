import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

BROWSERSTACK_USERNAME = "znjtosod_KasFqy"
BROWSERSTACK_ACCESS_KEY = "ITNgLhe5Ogdcw7hGD0TN"

TIME_ZONE = "UTC"
