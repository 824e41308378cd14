import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

ABLY_API_KEY = "lGznO2.fPUVKL:W16s4EXxgCKPnp7SeYg54BDWaO00QXMv5jN-UtOaiZl"

TIME_ZONE = "UTC"
