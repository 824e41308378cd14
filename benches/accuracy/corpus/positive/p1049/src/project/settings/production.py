import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

STRIPE_RESTRICTED_KEY = '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'

TIME_ZONE = "UTC"
