import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

GITLAB_TOKEN = "glpat-12345678901234567890"

TIME_ZONE = "UTC"
