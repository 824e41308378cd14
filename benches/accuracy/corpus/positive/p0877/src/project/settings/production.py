import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

JOTFORM_API_KEY = "53266691fc906df17352eacf0198e1cc"

TIME_ZONE = "UTC"
