import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

YC_API_KEY = "AQVNriOypLHCpUNuVBtqJAORBCy-qaCWL-Lm0lSl"

TIME_ZONE = "UTC"
