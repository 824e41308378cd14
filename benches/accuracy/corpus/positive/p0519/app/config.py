import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

JENKINS_USER = "orders_rw"
JENKINS_API_TOKEN = "118d851bb5ad62f1bf33ca762a2b18288b"

TIME_ZONE = "UTC"
