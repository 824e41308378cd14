import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

TOGGL_API_TOKEN = '8d99efe444bab7be93451123ed6ef6c0'

TIME_ZONE = "UTC"
