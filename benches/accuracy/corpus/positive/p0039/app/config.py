import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PERPLEXITY_API_KEY = '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'

TIME_ZONE = "UTC"
