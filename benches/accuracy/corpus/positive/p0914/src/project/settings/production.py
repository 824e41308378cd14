import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

POSTHOG_PERSONAL_API_KEY = "phx_qtXtPEOSSVMDs3rM9iwyCymAAlgjY4qvutFpruu2YFb"

TIME_ZONE = "UTC"
