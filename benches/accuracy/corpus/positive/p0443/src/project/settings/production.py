import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CI_RUNNER_TOKEN = "glrt-tRdMO-zvzXYgcqzHdvi_"

TIME_ZONE = "UTC"
