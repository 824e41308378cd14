import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

INTERNAL_API_KEY = "gcvkjliB4yVZyczCkb3hhijwDqnjtBC7"

TIME_ZONE = "UTC"
