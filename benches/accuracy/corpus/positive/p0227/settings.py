import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAIJypYM3c9Uqi3wi1iXYsF"

TIME_ZONE = "UTC"
