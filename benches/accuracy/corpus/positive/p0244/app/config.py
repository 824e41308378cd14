import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DIGITALOCEAN_OAUTH_TOKEN = "doo_v1_286a00fee21bb4753d6eda3ed7fd79a3c46c45e0a6ac629c3f6b5b88cfae38f4"

TIME_ZONE = "UTC"
