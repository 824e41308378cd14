import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

SPOONACULAR_API_KEY = "82b5b69465d694bb715e4f48c111ddb1"

TIME_ZONE = "UTC"
