import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

MAILBOXLAYER_ACCESS_KEY = "6bee5488b7b9649f82ec7acdc9d847c2"

TIME_ZONE = "UTC"
