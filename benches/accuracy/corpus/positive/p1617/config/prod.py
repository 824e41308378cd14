import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DB_PASSWORD = "Velvet8770Willow-21"

TIME_ZONE = "UTC"
