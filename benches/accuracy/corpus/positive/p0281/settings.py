import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CLOUDFLARE_EMAIL = "ops@acme-corp.io"
CLOUDFLARE_API_KEY = 'b09a54867315f6e90e86711107f7a7430ee63'

TIME_ZONE = "UTC"
