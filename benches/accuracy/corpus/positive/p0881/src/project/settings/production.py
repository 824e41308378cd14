import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

ZENDESK_EMAIL = "etl_reader@cyberdyne.io"
ZENDESK_API_TOKEN = '8Et1ev5DjeEiuJnurHVYV7g0v2rTtGFmrfp6dx08'

TIME_ZONE = "UTC"
