import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

OAUTH_CLIENT_SECRET = "K5J5q6yj5fvBZ-ie_7MRIYeHQmzjgub96gaN1iKXpS3"

TIME_ZONE = "UTC"
