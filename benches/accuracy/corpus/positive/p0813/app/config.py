import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

TWITCH_CLIENT_ID = "oy1pbrt8jj2x5m6am6x7s42y2n7a8b"
TWITCH_CLIENT_SECRET = 'ifssbiwegcfih2vyfybp4fyykwfji8'

TIME_ZONE = "UTC"
