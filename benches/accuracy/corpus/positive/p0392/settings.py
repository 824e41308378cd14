import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PORTAINER_API_KEY = 'ptr_RwaMim8v44IvLu3V3hVDoBuBZjtzMGD-0285PABjlTo'

TIME_ZONE = "UTC"
