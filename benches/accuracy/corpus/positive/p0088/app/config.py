import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

VOYAGE_API_KEY = "pa-AWxAdj6iQhs2Aga8a9szsmYW_FO-a7sZwcEaWDkhpIf"

TIME_ZONE = "UTC"
