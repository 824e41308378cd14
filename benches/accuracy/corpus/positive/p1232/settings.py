import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PDFLAYER_ACCESS_KEY = "ce46195aa8e7b274fbfb6857fd1760f1"

TIME_ZONE = "UTC"
