import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

BLUESKY_HANDLE = "app_user.bsky.social"
BLUESKY_APP_PASSWORD = "u6ko-l4kp-vql5-ybv6"

TIME_ZONE = "UTC"
