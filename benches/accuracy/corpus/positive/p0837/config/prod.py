import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

LINEAR_API_KEY = "lin_api_lzT2NALWQ53Z3h2g3cAZS1jp6N4cSeI41q7hWKYv"

TIME_ZONE = "UTC"
