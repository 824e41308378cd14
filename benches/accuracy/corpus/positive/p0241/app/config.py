import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DIGITALOCEAN_TOKEN = 'dop_v1_b2dabc5c0a0adf5ce34457204d091bdfe3a98f9b469adfd7d4ee83fceead9ccf'

TIME_ZONE = "UTC"
