import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

NASDAQ_DATA_LINK_API_KEY = 'DpF98j5BSPtGGr6TkLmH'

TIME_ZONE = "UTC"
