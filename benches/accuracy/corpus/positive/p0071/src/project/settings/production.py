import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

LANGSMITH_API_KEY = "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"

TIME_ZONE = "UTC"
