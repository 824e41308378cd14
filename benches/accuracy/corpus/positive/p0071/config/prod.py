import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

LANGSMITH_API_KEY = "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"

TIME_ZONE = "UTC"
