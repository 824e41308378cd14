import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

STRIPE_SECRET_KEY = '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'

TIME_ZONE = "UTC"
